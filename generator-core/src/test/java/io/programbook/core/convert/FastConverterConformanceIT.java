package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.pipeline.RenderedDocs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential test of the fast path: whatever {@link FastConverter} converts, Asciidoctor
 * converts to the same DOM (elements, attributes, text with whitespace collapsed), on the example's
 * documents, the golden programs' documents and a generated corpus of the AsciiDoc statements and
 * procedures are written in. Whatever Asciidoctor warns about, the fast path must have declined.
 */
class FastConverterConformanceIT {

    private static final FastConverter FAST = new FastConverter();
    private static final DocumentConverter ASCIIDOCTOR = new DocumentConverter();

    static Map<String, String> captions() {
        Messages messages = Messages.of(Locale.ENGLISH);
        Map<String, String> captions = new TreeMap<>();
        for (String name : List.of("appendix", "caution", "important", "note", "tip", "warning")) {
            captions.put(name + "-caption", messages.get("page.asciidoc." + name) + "@");
        }
        return captions;
    }

    /** The DOM as a comparable text: one line per node, attributes sorted, text whitespace collapsed. */
    static String normalised(String html) {
        StringBuilder out = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            walk(node, 0, out);
        }
        return out.toString();
    }

    private static void walk(Node node, int depth, StringBuilder out) {
        if (node instanceof TextNode text) {
            String collapsed = text.getWholeText().replaceAll("\\s+", " ").strip();
            if (!collapsed.isEmpty()) {
                out.append("  ".repeat(depth)).append('"').append(collapsed).append("\"\n");
            }
            return;
        }
        if (node instanceof Element element) {
            out.append("  ".repeat(depth)).append('<').append(element.tagName());
            element.attributes().asList().stream()
                    .sorted(Comparator.comparing(Attribute::getKey))
                    .forEach(a -> out.append(' ')
                            .append(a.getKey())
                            .append("=\"")
                            .append(a.getValue())
                            .append('"'));
            out.append(">\n");
            for (Node child : element.childNodes()) {
                walk(child, depth + 1, out);
            }
        }
    }

    /** What one document came to: converted by both and equal, or declined by the fast path. */
    private record Outcome(String name, boolean converted, boolean sameBytes, Optional<String> declined) {}

    private static Outcome check(String name, String adoc) {
        Map<String, String> captions = captions();
        Optional<String> fast = FAST.toHtmlBody(adoc, captions);
        DocumentConverter.Converted reference = ASCIIDOCTOR.toHtmlBody(adoc, name, captions);
        if (fast.isPresent()) {
            assertThat(reference.diagnostics())
                    .as("Asciidoctor warns about %s, which the fast path converted", name)
                    .isEmpty();
            assertThat(normalised(fast.get()))
                    .as("the fast path's DOM of %s", name)
                    .isEqualTo(normalised(reference.output()));
            return new Outcome(name, true, fast.get().equals(reference.output()), Optional.empty());
        }
        return new Outcome(name, false, false, FAST.declined(adoc, captions));
    }

    private static RenderedDocs example() {
        return rendered(
                Path.of("../examples/nordwind-automation").toAbsolutePath().normalize());
    }

    private static RenderedDocs rendered(Path base) {
        Programbook generator = new Programbook();
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(base, base.resolve("src/programbook"), diagnostics);
        ResolvedProfile profile = generator.resolve(inputs, diagnostics);
        Trace trace = generator.trace(inputs, profile, Optional.empty());
        return generator.render(inputs, profile, trace);
    }

    @Test
    void should_convert_the_example_s_documents_as_asciidoctor_does() {
        List<Outcome> outcomes = new ArrayList<>();
        example().documents().forEach((name, adoc) -> outcomes.add(check("example/" + name, adoc)));

        outcomes.forEach(o -> System.out.println("fast path: " + o));
        assertThat(outcomes)
                .filteredOn(o -> o.name().endsWith("/handbook.adoc"))
                .extracting(Outcome::converted, Outcome::sameBytes)
                .as("the example's handbook takes the fast path, to the same bytes as Asciidoctor")
                .containsExactly(tuple(true, true));
    }

    /** The synthetic program of the benchmark (benchmarks/src/SyntheticProgram.java), 123 items on the bundled catalogue. */
    @Test
    void should_convert_a_synthetic_program_s_documents_as_asciidoctor_does(@TempDir Path project)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        Path.of("../benchmarks/src/SyntheticProgram.java").toString(),
                        "123",
                        project.toString(),
                        project.resolve("catalogs").toString(),
                        Path.of("../catalog/src/main/resources/programbook/catalogs/iec-62443-2-4/2023.yaml")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(project.resolve("generator.log").toFile())
                .start();
        assertThat(process.waitFor())
                .as(Files.readString(project.resolve("generator.log")))
                .isZero();

        List<Outcome> outcomes = new ArrayList<>();
        rendered(project).documents().forEach((name, adoc) -> outcomes.add(check("synthetic/" + name, adoc)));

        outcomes.forEach(o -> System.out.println("fast path: " + o));
        assertThat(outcomes)
                .extracting(Outcome::name, Outcome::converted, Outcome::sameBytes)
                .as("every document of the synthetic program takes the fast path, to Asciidoctor's bytes")
                .allMatch(
                        t -> t.toList().get(1).equals(true) && t.toList().get(2).equals(true));
    }

    @Test
    void should_convert_the_golden_documents_as_asciidoctor_does() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc"))
                    .filter(f -> f.getParent().getFileName().toString().startsWith("expected"))
                    .sorted()
                    .toList()) {
                outcomes.add(check(file.toString(), Files.readString(file)));
            }
        }
        outcomes.forEach(o -> System.out.println("fast path: " + o));
        assertThat(outcomes).isNotEmpty();
    }

    /** Pieces of text the way statements and procedures are written, and the constructs around them. */
    private static final List<String> WORDS = List.of(
            "staff",
            "are",
            "briefed",
            "before",
            "site",
            "visits",
            "the",
            "engineer's",
            "AO's",
            "don't",
            "2-4",
            "SP.01.01",
            "RE(1)",
            "(C)",
            "(TM)",
            "--",
            "a--b",
            "...",
            "->",
            "=>",
            "<-",
            "&",
            "&amp;",
            "<b>",
            "x>y",
            "\"quoted\"",
            "50%",
            "#1",
            "C#",
            "[.role]#marked#",
            "{review-interval-months}",
            "<<anchor-a,the first part>>",
            "*strong*",
            "**bold**",
            "_emphasis_",
            "__em__",
            "`code`",
            "``mono``",
            "snake_case_name",
            "a*b*c",
            "*",
            "_",
            "`",
            "#mark#",
            "[.role]#marked#",
            "^sup^",
            "~sub~",
            "{review-interval-months}",
            "{nbsp}",
            "{undefined-thing}",
            "<<anchor-a,the first part>>",
            "<<anchor-a>>",
            "<<nowhere,gone>>",
            "[[inline-x]]",
            "https://example.com/a?b=c",
            "link:++https://example.com/x?y=1&z=2++[the list]",
            "pass:[<u>raw</u>]",
            "mail@example.com",
            "footnote:[a note]",
            "kbd:[Ctrl]",
            "+plus+",
            "C++",
            "a + b",
            "'single'",
            "\"`curly`\"",
            "x:y",
            "1.",
            "é",
            "Grüße",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "|");

    /** The first words of {@link #WORDS}: the ones plain statements are mostly made of. */
    private static final int PLAIN = 40;

    private static String sentence(Random random) {
        int n = 3 + random.nextInt(8);
        List<String> words = new ArrayList<>();
        boolean plain = random.nextInt(10) < 8;
        for (int i = 0; i < n; i++) {
            words.add(WORDS.get(random.nextInt(plain ? PLAIN : WORDS.size())));
        }
        String text = String.join(" ", words);
        return random.nextInt(4) == 0 ? text + "." : text;
    }

    private static String block(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> sentence(random) + "\n" + sentence(random);
            case 1 -> "* " + sentence(random) + "\n* " + sentence(random) + "\n";
            case 2 -> ". " + sentence(random) + "\n. " + sentence(random) + "\n";
            case 3 -> ".A title\n" + sentence(random);
            case 4 ->
                "[cols=\"1h,2\"]\n|===\n| " + sentence(random).replace("|", "") + " | "
                        + sentence(random).replace("|", "") + "\n|===";
            case 5 -> "NOTE: " + sentence(random);
            default -> "Line one " + sentence(random) + " +\nline two";
        };
    }

    @Test
    void should_convert_a_generated_corpus_as_asciidoctor_does() {
        Random random = new Random(19);
        int converted = 0;
        int total = 400;
        for (int i = 0; i < total; i++) {
            StringBuilder adoc = new StringBuilder("""
                    = Corpus
                    Org
                    :doctype: book
                    :toc: left
                    :toclevels: 2
                    :toc-title: Contents
                    :sectanchors:
                    :sectlinks:
                    :icons!:
                    :table-caption!:
                    :example-caption!:
                    :review-interval-months: 12

                    [[anchor-a]]
                    == First part

                    """);
            int blocks = 1 + random.nextInt(3);
            for (int b = 0; b < blocks; b++) {
                adoc.append(block(random)).append("\n\n");
            }
            adoc.append("== Second part\n\n").append(block(random)).append('\n');
            if (check("corpus-" + i + ".adoc", adoc.toString()).converted()) {
                converted++;
            }
        }
        System.out.println("fast path: converted " + converted + " of " + total + " generated documents");
        assertThat(converted)
                .as("documents of the corpus the fast path converts")
                .isGreaterThan(total / 10);
    }
}
