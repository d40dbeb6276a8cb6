package io.programbook.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.Pdfs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example built in German shows none of the English chrome words in any output a reader opens:
 * HTML (text and the matrix page's control words), PDF text, CSV, XLSX (cells and sheet names) and
 * the JSON files' values. The words looked for are those of {@link PseudoLocaleIT}: the English
 * bundle's words less the words of the program's own files and of the bundled catalogues (users' text
 * and catalogue words may appear as they are), less the words that German writes the same way
 * (those of the German bundle: "Status", "Name", "Version" …).
 */
class GermanLocaleIT {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @TempDir
    static Path tmp;

    static Path output;
    static Set<String> chrome;

    @BeforeAll
    static void buildInGerman() throws IOException {
        Path program = ExampleProgram.copy(tmp.resolve("project/src/programbook"));
        chrome = PseudoLocaleIT.chromeWords(program);
        chrome.removeAll(words(bundle("/programbook/messages/messages_de.properties")));
        output = tmp.resolve("project/target/programbook-de");
        Generator.create()
                .generate(new GenerateRequest(
                        tmp.resolve("project"),
                        program,
                        output,
                        Optional.empty(),
                        new DocumentOptions(
                                Set.of(OutputFormat.HTML, OutputFormat.PDF),
                                Optional.empty(),
                                Branding.NONE,
                                Optional.empty(),
                                Locale.GERMAN)));
    }

    @Test
    void should_show_no_english_chrome_word_in_any_german_output() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(output)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files)
                .contains(
                        "handbook.html",
                        "handbook.pdf",
                        "applicability.html",
                        "applicability.pdf",
                        "gap-report.html",
                        "gap-report.pdf",
                        "traceability-matrix.html",
                        "traceability-matrix.csv",
                        "traceability-matrix.xlsx",
                        "traceability-matrix.json",
                        "coverage.json",
                        "resolved-profile.json");
        List<String> english = new ArrayList<>();
        int read = 0;
        for (String file : files) {
            if (file.equals("validation-report.json") || file.startsWith(".") || file.endsWith(".adoc")) {
                continue; // diagnostics stay English; AsciiDoc is source, checked as HTML and PDF show it
            }
            read++;
            english.addAll(englishWords(file, PseudoLocaleIT.text(output.resolve(file))));
        }
        assertThat(read).isGreaterThanOrEqualTo(12);
        assertThat(english).isEmpty();
    }

    @Test
    void should_mark_the_language_and_use_german_formats() throws IOException {
        assertThat(Files.readString(output.resolve("handbook.html"))).contains("<html lang=\"de\">");
        try (PDDocument pdf = Pdfs.open(output.resolve("handbook.pdf"))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
        String handbook = PseudoLocaleIT.text(output.resolve("handbook.html"));
        assertThat(handbook)
                .contains("Über dieses Handbuch", "Geltungsbereich", "Personal der Lösung")
                .containsPattern("Abdeckung \\d+,\\d %");
        assertThat(Files.readString(output.resolve("traceability-matrix.csv")))
                .startsWith("\uFEFFAnforderung;Titel;Bereich;");
        try (InputStream in = Files.newInputStream(output.resolve("traceability-matrix.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Rückverfolgbarkeitsmatrix");
        }
        assertThat(Files.readString(output.resolve("traceability-matrix.json"))).contains("\"language\": \"de\"");
    }

    @Test
    void should_find_an_english_word_left_in_a_german_output() {
        assertThat(chrome).contains("contents", "appendix").doesNotContain("status", "name", "version");
        assertThat(englishWords("handbook.html", "Inhalt Contents Geltungsbereich"))
                .singleElement()
                .asString()
                .startsWith("handbook.html: contents in");
    }

    /** The English chrome words of an output's text, each with where it stands. */
    private static List<String> englishWords(String file, String text) {
        List<String> found = new ArrayList<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (chrome.contains(word)) {
                int from = Math.max(0, words.start() - 10);
                int to = Math.min(text.length(), words.end() + 10);
                found.add(
                        file + ": " + word + " in \"" + text.substring(from, to).replace('\n', ' ') + "\"");
            }
        }
        return found;
    }

    private static String bundle(String resource) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        StringBuilder text = new StringBuilder();
        messages.stringPropertyNames().stream()
                .sorted()
                .forEach(key -> text.append(messages.getProperty(key)).append('\n'));
        return text.toString();
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
