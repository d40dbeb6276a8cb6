package io.programbook.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.programbook.core.api.Branding;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.model.Status;
import io.programbook.core.model.VerificationResult;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.GoldenFiles;
import io.programbook.core.testutil.Pdfs;
import io.programbook.core.trace.Coverage;
import io.programbook.core.trace.GapKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that every word a document prints comes from the message bundle: the example built in
 * the pseudo-locale ({@code en-XA}, every message wrapped in {@code ⟦…⟧} and accented) shows no word
 * of the English bundle outside those brackets, in any output: AsciiDoc, HTML (text and the matrix
 * page's control words), PDF text, CSV, XLSX (cells and sheet names) and the JSON files' values.
 *
 * <p>The words looked for are those of the English bundle's values, less every word that occurs in
 * the program's own files (users' text: statements, procedures, profile, names) and in the bundled
 * catalogues and mappings (catalogue titles, area and maturity names, change notes): those may
 * rightly appear unwrapped. A template that keeps one literal English heading fails the test, as
 * {@link #should_find_a_literal_english_heading_a_template_kept} shows.
 */
class PseudoLocaleIT {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Wrapped messages, innermost first (a message's values may be messages). */
    private static final Pattern WRAPPED = Pattern.compile("⟦[^⟦⟧]*⟧");

    /** The tokens of YAML and JSON, which stay tokens there. */
    private static final Set<String> TOKENS = new TreeSet<>();

    static {
        Stream.of(Status.values()).forEach(s -> TOKENS.add(s.label()));
        Stream.of(Coverage.values()).forEach(c -> TOKENS.add(c.label()));
        Stream.of(GapKind.values()).forEach(k -> TOKENS.add(k.code()));
        Stream.of(VerificationResult.values()).forEach(r -> TOKENS.add(r.label()));
    }

    private static final Path CATALOG_DATA = Path.of("../catalog/src/main/resources/programbook");

    @TempDir
    static Path tmp;

    static Path program;
    static Set<String> chrome;

    @BeforeAll
    static void buildInThePseudoLocale() throws IOException {
        program = ExampleProgram.copy(tmp.resolve("project/src/programbook"));
        chrome = chromeWords(program);
    }

    @Test
    void should_show_no_english_word_outside_a_wrapped_message_in_any_output() throws IOException {
        // when
        Path output = generate(Optional.empty(), Set.of(OutputFormat.HTML, OutputFormat.PDF), "pseudo");

        // then
        List<String> files;
        try (Stream<Path> list = Files.list(output)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files)
                .contains(
                        "handbook.adoc",
                        "handbook.html",
                        "handbook.pdf",
                        "applicability.html",
                        "applicability.pdf",
                        "gap-report.html",
                        "gap-report.pdf",
                        "traceability-matrix.html",
                        "traceability-matrix.csv",
                        "traceability-matrix.xlsx",
                        "coverage.json",
                        "resolved-profile.json");
        List<String> english = new ArrayList<>();
        for (String file : files) {
            if (Files.isDirectory(output.resolve(file))) {
                continue; // customers/: each customer edition is in its customer's language (docs/customers.md)
            }
            if (file.equals("validation-report.json") || file.startsWith(".") || file.endsWith(".adoc")) {
                // diagnostics stay English: they are for the build log and match the docs; the AsciiDoc
                // is source (roles, anchors, macros), its words are checked as HTML and PDF show them
                continue;
            }
            english.addAll(englishWords(file, text(output.resolve(file))));
        }
        assertThat(english).isEmpty();
        assertThat(text(output.resolve("handbook.html")))
                .contains("⟦Åböût thîs håñdböök⟧")
                .as("the lang attribute comes from the locale");
        assertThat(Files.readString(output.resolve("handbook.html"))).contains("<html lang=\"en-XA\">");
    }

    @Test
    void should_find_a_literal_english_heading_a_template_kept() throws IOException {
        // given: a copy of the bundled handbook template with one heading written in English again
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        String bundled;
        try (InputStream in =
                TemplateRenderer.class.getResourceAsStream(TemplateRenderer.TEMPLATE_ROOT + "/handbook.adoc.ftl")) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String heading = ":toc-title: ${msg(\"common.contents\")}";
        assertThat(bundled).contains(heading);
        assertThat(chrome).contains("contents");
        Files.writeString(templates.resolve("handbook.adoc.ftl"), bundled.replace(heading, ":toc-title: Contents"));

        // when
        Path output = generate(Optional.of(templates), Set.of(OutputFormat.HTML), "literal");

        // then
        assertThat(englishWords("handbook.html", text(output.resolve("handbook.html"))))
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("handbook.html: contents in");
        assertThat(englishWords("applicability.html", text(output.resolve("applicability.html"))))
                .isEmpty();
    }

    @Test
    void should_not_count_a_word_of_the_users_text_or_the_catalogue_as_english_chrome() {
        // the program's own words (e.g. "Security" in its title) and the catalogue's may show unwrapped
        assertThat(chrome)
                .doesNotContain("security", "nordwind", "staffing", "suspect")
                .contains("contents", "appendix", "younger", "worst");
    }

    /** A profile decision's English words, which the SoA and the handbook show only accented. */
    private static final Pattern DECISION_ENGLISH =
            Pattern.compile("\\b(?:include|exclude|maturity) [A-Z]{2,}\\.\\d|defaultMaturity \\w|additions \\S+\\.ya?ml"
                    + "|every item \\(no include rule\\)|include \\(not selected\\)|Not selected by the include rules");

    @Test
    void should_show_the_decisions_of_the_profile_in_the_words_of_the_bundle() throws IOException {
        // when
        Path output = generate(Optional.empty(), Set.of(OutputFormat.HTML), "decisions");

        // then: the rule that decided an item is a message of its own, not English inside another
        for (String file : List.of("applicability.html", "handbook.html")) {
            String text = text(output.resolve(file));
            assertThat(DECISION_ENGLISH
                            .matcher(text)
                            .results()
                            .map(MatchResult::group)
                            .toList())
                    .as(file)
                    .isEmpty();
        }
        assertThat(text(output.resolve("applicability.html"))).containsAnyOf("⟦éxçlûdé ", "⟦îñçlûdé ", "⟦måtûrîtý ");
        assertThat(DECISION_ENGLISH.matcher("⟦exclude SP.04 åt profile.yaml:5⟧").find())
                .as("the English of a decision inside a wrapped message is found")
                .isTrue();
    }

    @Test
    void should_show_no_english_word_in_the_changes_of_a_diff() throws IOException {
        // given: the golden case of a program and its baseline
        Path caseDir = GoldenFiles.ROOT.resolve("changes-baseline");
        Set<String> words = chromeWords(caseDir.resolve("baseline"), caseDir.resolve("current"));
        words.removeAll(Set.of("baseline", "current")); // the sides are named by their folders: users' names
        Path output = tmp.resolve("diff/target/programbook");

        // when
        Generator.create()
                .diff(new DiffRequest(
                        caseDir,
                        caseDir.resolve("current"),
                        output,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(caseDir.resolve("baseline")),
                        Optional.empty(),
                        new DocumentOptions(
                                Set.of(OutputFormat.HTML, OutputFormat.PDF),
                                Optional.empty(),
                                Branding.NONE,
                                Optional.empty(),
                                Messages.PSEUDO)));

        // then: changes.json keeps English notes and reasons for tools, like the diagnostics
        List<String> english = new ArrayList<>();
        for (String file : List.of("changes.html", "changes.pdf")) {
            english.addAll(englishWords(file, text(output.resolve(file)), words));
        }
        assertThat(english).isEmpty();
        assertThat(text(output.resolve("changes.html"))).contains("⟦Ståtéméñts tö révîéw⟧");
        assertThat(text(output.resolve("changes.pdf"))).contains("⟦ÇHÅÑGÉ RÉPÖRT⟧", "⟦Fröm⟧ ⟦baseline (vérsîöñ 1.3)⟧");
        assertThat(Files.readString(output.resolve("changes.html"))).contains("<html lang=\"en-XA\">");
    }

    private static Path generate(Optional<Path> templates, Set<OutputFormat> formats, String name) {
        Path output = tmp.resolve(name + "/target/programbook");
        Generator.create()
                .generate(new GenerateRequest(
                        tmp.resolve("project"),
                        program,
                        output,
                        Optional.empty(),
                        new DocumentOptions(formats, templates, Branding.NONE, Optional.empty(), Messages.PSEUDO)));
        return output;
    }

    /** The English words of an output outside wrapped messages, each with where it stands. */
    static List<String> englishWords(String file, String text) {
        return englishWords(file, text, chrome);
    }

    static List<String> englishWords(String file, String text, Set<String> chrome) {
        String outside = text;
        for (String before = ""; !before.equals(outside); ) {
            before = outside;
            outside = WRAPPED.matcher(outside).replaceAll("⟦⟧");
        }
        List<String> found = new ArrayList<>();
        Matcher words = WORD.matcher(outside);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (chrome.contains(word)) {
                int from = Math.max(0, words.start() - 10);
                int to = Math.min(outside.length(), words.end() + 10);
                found.add(file + ": " + word + " in \""
                        + outside.substring(from, to).replace('\n', ' ') + "\"");
            }
        }
        return found;
    }

    /** What a reader of the file sees, as text. */
    static String text(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            Document html = Jsoup.parse(file.toFile(), "UTF-8");
            StringBuilder text = new StringBuilder(html.title())
                    .append('\n')
                    .append(html.body().text());
            for (Element element : html.select("[title], [alt], [placeholder]")) {
                text.append('\n')
                        .append(element.attr("title"))
                        .append(' ')
                        .append(element.attr("alt"))
                        .append(' ')
                        .append(element.attr("placeholder"));
            }
            for (Element words : html.select("#pb-matrix-words")) {
                words.attributes().forEach(a -> {
                    if (a.getKey().startsWith("data-") && !a.getKey().equals("data-columns")) {
                        text.append('\n').append(a.getValue());
                    }
                });
            }
            return text.toString();
        }
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Pdfs.open(file)) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file);
                    XWPFDocument doc = new XWPFDocument(in);
                    XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                return words.getText() + "\n"
                        + doc.getProperties().getCoreProperties().getTitle() + "\n"
                        + doc.getProperties().getCoreProperties().getSubject();
            }
        }
        if (name.endsWith(".xlsx")) {
            StringBuilder text = new StringBuilder();
            try (InputStream in = Files.newInputStream(file);
                    XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                for (Sheet sheet : workbook) {
                    text.append(sheet.getSheetName()).append('\n');
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            text.append(cell.toString()).append('\n');
                        }
                    }
                }
                text.append(workbook.getProperties().getCoreProperties().getTitle());
            }
            return text.toString();
        }
        if (name.endsWith(".json")) {
            StringBuilder text = new StringBuilder();
            values(JsonMapper.builder().build().readTree(file.toFile()), text);
            return text.toString();
        }
        if (name.endsWith(".zip")) {
            // the assessor package holds the run's other files, each read on its own, and the program's
            return "";
        }
        if (name.endsWith(".ics")) {
            // what a calendar shows: the calendar's name and each event's summary and description
            StringBuilder text = new StringBuilder();
            for (String line : Files.readString(file).replace("\r\n ", "").split("\r\n")) {
                if (line.startsWith("SUMMARY:")
                        || line.startsWith("DESCRIPTION:")
                        || line.startsWith("X-WR-CALNAME:")) {
                    text.append(line.substring(line.indexOf(':') + 1).replaceAll("\\\\([,;\\\\])", "$1"))
                            .append('\n');
                }
            }
            return text.toString();
        }
        return Files.readString(file);
    }

    /**
     * A JSON file's string values but tokens ({@code implemented}, {@code gap}) and identifiers (the
     * values of {@code id} and {@code format}, such as a column's id); its keys are codes.
     */
    private static void values(JsonNode node, StringBuilder text) {
        if (node.isTextual() && !TOKENS.contains(node.asText())) {
            text.append(node.asText()).append('\n');
        }
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (!IDENTIFIERS.contains(field.getKey())) {
                    values(field.getValue(), text);
                }
            });
        } else {
            node.forEach(child -> values(child, text));
        }
    }

    /** JSON fields whose values are identifiers, never words. */
    private static final Set<String> IDENTIFIERS = Set.of("id", "format");

    /**
     * The words of the English bundle's values, less the words of the program's own files and of the
     * bundled catalogues, profiles and mappings.
     */
    static Set<String> chromeWords(Path... programs) throws IOException {
        Properties english = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/programbook/messages/messages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> words = new TreeSet<>();
        english.stringPropertyNames().stream()
                .filter(key -> !key.startsWith("format."))
                .forEach(key -> words.addAll(words(english.getProperty(key))));
        // gap kinds are shown by their codes too (the check goal's configuration names them)
        Stream.of(GapKind.values()).forEach(k -> words.removeAll(words(k.code())));
        List<Path> roots = new ArrayList<>(List.of(programs));
        roots.add(CATALOG_DATA.resolve("catalogs"));
        roots.add(CATALOG_DATA.resolve("mappings"));
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yaml") || name.endsWith(".adoc")) {
                        words.removeAll(words(Files.readString(file)));
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return words;
    }

    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
