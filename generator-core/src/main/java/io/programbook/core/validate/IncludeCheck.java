package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.AsciidocDirectives;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * {@link Rule#INCLUDE_UNSUPPORTED} in the AsciiDoc fields of YAML files (statement text, the
 * program's scope): no include directive may ask for another file, since the SECURE mode would turn
 * it into a link. Procedures are checked as they are read.
 */
final class IncludeCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Located<Statement> located : inputs.statements()) {
            check(located.at(), "text", located.value().text(), "statement text", diagnostics);
        }
        check(inputs.program().at(), "scope", inputs.program().value().scope(), "scope", diagnostics);
    }

    private static void check(
            YamlDocument.Located node, String field, String adoc, String what, Diagnostics diagnostics) {
        Matcher include = AsciidocDirectives.INCLUDE.matcher(adoc);
        Map<String, Integer> seen = new HashMap<>();
        while (include.find()) {
            int occurrence = seen.merge(include.group(), 1, Integer::sum) - 1;
            diagnostics.error(
                    Rule.INCLUDE_UNSUPPORTED,
                    node.find(field, include.group(), occurrence),
                    what + " includes '" + include.group(1) + "', which is not read");
        }
    }
}
