package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.convert.DocumentConverter;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner's decisions against Asciidoctor's: every {@code req:[…]} of a snippet, rendered or not,
 * is replaced by a cross reference of its own ({@code <<probe-3,x>>}, a backslash before it kept), the
 * snippet is converted, and the cross references Asciidoctor turned into links must be exactly the
 * links {@link ItemLinks} finds. A snippet per AsciiDoc construct that decides whether a macro expands.
 */
class ItemLinksConformanceIT {

    private static final Pattern ANY_LINK = Pattern.compile("req:\\[([^\\]\\n]*)\\]");

    static Stream<String> snippets() {
        return Stream.of(
                "Plain req:[a] and req:[b], \\req:[escaped] and \\\\req:[double escaped].",
                "text req:[a]\n// comment req:[b]\nmore req:[c]\n/// not a comment req:[d]",
                " indented req:[a]\nnext req:[b]\n// comment req:[c]\nstill req:[d]\n\nafter req:[e]",
                "* item req:[a]\n  continued req:[b]\n\n  indented after a blank req:[c]\n\n  * indented item req:[d]\n"
                        + "  term:: description req:[e]\n. ordered req:[f]\n continued req:[g]",
                "para req:[a]\n indented in a paragraph req:[b]\n----\nlisting req:[c]\n----\nafter req:[d]",
                " literal req:[a]\n* not a list item yet req:[b]\n----\nlisting req:[c]\n----\nafter req:[d]",
                "[literal]\nlit req:[a]\nstill req:[b]\n\nnormal req:[c]",
                "[source,yaml]\nsrc req:[a]\n\n[pass]\npass req:[b]\n\n[comment]\ncomment req:[c]\n\n[listing]\nx req:[d]\n\n"
                        + "[stem]\nx req:[e]\n\n[verse]\nx req:[f]\n\n[quote, attribution req:[g]]\nx req:[h]\n\n[NOTE]\nx req:[i]",
                "[subs=+macros]\n----\nx req:[a]\n----\n\n[source,subs=\"+macros\"]\n----\nx req:[b]\n----\n\n[subs=-macros]\n"
                        + "y req:[c]\n\n[subs=none]\nz req:[d]\n\n[subs=\"quotes,macros\"]\n....\nw req:[e]\n....\n\n"
                        + "[subs=normal]\n++++\nv req:[f]\n++++\n\n[subs=\"attributes+\"]\n----\nu req:[g]\n----",
                "[subs=macros]\n....\nx req:[a]\n....\n\n[subs=\"specialchars,macros\"]\n....\nreq:[b]\n....\n\n[subs=+macros]\n"
                        + "++++\nreq:[c]\n++++\n\n[subs=\"+specialchars,+macros\"]\n++++\nreq:[d]\n++++\n\n"
                        + "[source%linenums,java,subs=\"verbatim,macros\"]\n----\nreq:[e]\n----\n\n[subs=-specialchars]\npara req:[f]",
                "[source]\n--\nopen src req:[a]\n--\n\n--\nopen normal req:[b]\n--\n\n[pass]\n--\nopen pass req:[c]\n--\n\n"
                        + "[comment]\n--\nreq:[d]\n--\n\n[listing]\n====\nreq:[e]\n====",
                "+req:[a]+ and ++req:[b]++ and +++req:[c]+++ and pass:[req:[d]] and `+req:[e]+` and `req:[f]` and"
                        + " x+req:[g]+y and stem:[req:[h]] and pass:q[req:[i]] and *req:[j]*",
                ".Title req:[a]\n[source]\nx req:[b]\n\n[[anchor]]\n[literal]\n.Title\ny req:[c]\n\nNOTE: admonition req:[d]\n"
                        + " indented continuation req:[e]",
                "== Heading req:[a]\n\n literal after a heading\nreq:[b]\n\n=== Another req:[c]\ntext req:[d]",
                "text\n[literal]\nreq:[a]\n\ntext\n.....\nfive dots req:[b]\n.....\nafter req:[c]\n----\nunterminated req:[d]",
                "```\nfence req:[a]\n```\nafter req:[b]\n```ruby\nfence req:[c]\n````\nstill req:[d]\n```\nafter req:[e]",
                "....\nliteral req:[a]\n....\n-----\nfive dashes req:[b]\n----\ninside still req:[c]\n-----\nafter req:[d]",
                "* item\n+\n literal req:[a]\n\n****\n indented in a sidebar req:[b]\nsidebar req:[c]\n****\n\n[normal]\n indented req:[d]",
                "[.role]\n indented req:[a]\n\n[source]\n\nreq:[b]\n\n\ttab req:[c]\n\n[horizontal]\nterm:: req:[d]\n\n"
                        + "[%hardbreaks]\nline req:[e]\n\n literal\n[[a]]\nreq:[f]",
                "[stem]\nreq:[a]\n\n[latexmath]\n++++\nreq:[b]\n++++\n\n[asciimath]\n--\nreq:[c]\n--",
                "|===\n| cell req:[a] | cell req:[b]\na| asciidoc cell req:[c]\n| cell req:[d]\n|===",
                "Text\n\n[source]\n----\na\n----\nreq:[a]\n\n:attr: value\nreq:[b]");
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void should_find_exactly_the_links_asciidoctor_renders(String snippet) {
        // given: each req:[…] as a cross reference of its own
        Matcher m = ANY_LINK.matcher(snippet);
        StringBuilder probe = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        while (m.find()) {
            m.appendReplacement(probe, Matcher.quoteReplacement("<<probe-" + offsets.size() + ",x>>"));
            offsets.add(m.start());
        }
        m.appendTail(probe);

        // when
        String html = new DocumentConverter()
                .toHtmlBody(probe.toString(), "snippet.adoc", Map.of())
                .output();
        List<Integer> rendered = Jsoup.parse(html).select("a[href^=#probe-]").eachAttr("href").stream()
                .map(href -> Integer.parseInt(href.substring("#probe-".length())))
                .distinct()
                .sorted()
                .toList();
        List<Integer> found = ItemLinks.find(snippet, Markup.ASCIIDOC).stream()
                .map(l -> offsets.indexOf(l.offset()))
                .toList();

        // then
        assertThat(found)
                .as("links found in\n%s\nrendered by Asciidoctor:\n%s", snippet, html)
                .isEqualTo(rendered);
    }
}
