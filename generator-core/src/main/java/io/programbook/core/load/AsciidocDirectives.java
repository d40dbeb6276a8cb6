package io.programbook.core.load;

import java.util.regex.Pattern;

/** AsciiDoc syntax that validation looks for in statements, the scope and procedures. */
public final class AsciidocDirectives {

    /**
     * An include directive on a line of its own. Programbook converts AsciiDoc in Asciidoctor's
     * SECURE mode, which reads no file and turns the directive into a link, so an include is an
     * error rather than a silently missing text. {@code \include::} is text and does not match.
     */
    public static final Pattern INCLUDE = Pattern.compile("(?m)^include::([^\\[\\n]*)\\[[^\\n]*\\](?=[ \\t]*$)");

    private AsciidocDirectives() {}
}
