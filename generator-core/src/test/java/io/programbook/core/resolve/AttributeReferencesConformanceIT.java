package io.programbook.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.diag.Diagnostic;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner's decisions against Asciidoctor's: a snippet full of references to attributes that are
 * not defined is converted with {@code attribute-missing=warn}, and the references Asciidoctor warns
 * about must be exactly those {@link ReferenceScanner} finds. A snippet per AsciiDoc construct that
 * decides whether an attribute reference is replaced; every reference names an attribute of its own.
 */
class AttributeReferencesConformanceIT {

    private static final Pattern MISSING = Pattern.compile("missing attribute: ([\\w-]+)");

    static Stream<String> snippets() {
        return Stream.of(
                "Plain {a} and {b}, \\{c} escaped.",
                "text {a}\n// comment {b}\nmore {c}\n/// not a comment {d}\n////\n{e}\n////",
                " indented {a}\nnext {b}\n// comment {c}\nstill {d}\n\nafter {e}",
                "* item {a}\n  continued {b}\n\n  indented after a blank {c}\n\n  * indented item {d}\n"
                        + "  term:: description {e}\n. ordered {f}\n continued {g}",
                "para {a}\n indented in a paragraph {b}\n----\nlisting {c}\n----\nafter {d}",
                "[literal]\nlit {a}\nstill {b}\n\nnormal {c}",
                "[source,yaml]\nsrc {a}\n\n[pass]\npass {b}\n\n[comment]\ncomment {c}\n\n[listing]\nx {d}\n\n"
                        + "[verse]\nx {f}\n\n[quote, attribution {g}]\nx {h}\n\n[NOTE]\nx {i}",
                "[subs=attributes+]\n----\nx {a}\n----\n\n[source,subs=\"+attributes\"]\n----\nx {b}\n----\n\n"
                        + "[subs=-attributes]\ny {c}\n\n[subs=none]\nz {d}\n\n[subs=\"quotes,attributes\"]\n....\nw {e}\n....\n\n"
                        + "[subs=normal]\n++++\nv {f}\n++++\n\n[subs=\"quotes,macros\"]\nu {g}\n\n[subs=\"specialchars,attributes\"]\n++++\nt {h}\n++++",
                "[source]\n--\nopen src {a}\n--\n\n--\nopen normal {b}\n--\n\n[pass]\n--\nopen pass {c}\n--\n\n"
                        + "[comment]\n--\n{d}\n--\n\n[listing]\n====\n{e}\n====",
                "+{a}+ and ++{b}++ and +++{c}+++ and pass:[{d}] and `+{e}+` and `{f}` and x+{g}+y and *{h}*"
                        + "\n\n[subs=attributes+]\n----\n+{i}+\n----",
                ".Title {a}\n[source]\nx {b}\n\n[[anchor]]\n[literal]\n.Title {c}\ny {d}\n\nNOTE: admonition {e}\n"
                        + " indented continuation {f}",
                "== Heading {a}\n\n literal after a heading\n{b}\n\n=== Another {c}\ntext {d}",
                "```\nfence {a}\n```\nafter {b}\n```ruby\nfence {c}\n````\nstill {d}\n```\nafter {e}",
                "* item\n+\n literal {a}\n\n****\n indented in a sidebar {b}\nsidebar {c}\n****\n\n[normal]\n indented {d}",
                "|===\n| cell {a} | cell {b}\na| asciidoc cell {c} | cell {d}\n|===",
                ":defined: value {a}\nUses {defined} and {b}.\nText\n:not-an-entry: {c}\n\n{not-an-entry}\n\n:defined!:\n{defined}");
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void should_find_exactly_the_references_asciidoctor_misses(String snippet) {
        // when
        var converted = new DocumentConverter().toHtmlBody(snippet, "snippet.adoc", Map.of());
        var warned = converted.diagnostics().stream()
                .map(Diagnostic::message)
                .map(MISSING::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1).toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
        var found = ReferenceScanner.scan(snippet).stream()
                .map(r -> r.name().toLowerCase(Locale.ROOT))
                .sorted()
                .toList();

        // then
        assertThat(found)
                .as("references found in\n%s\nmissed by Asciidoctor:\n%s", snippet, converted.diagnostics())
                .isEqualTo(warned);
    }
}
