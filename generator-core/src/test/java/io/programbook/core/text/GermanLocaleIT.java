package io.programbook.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.edition.EditionMapping;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.edition.MappingNotes;
import io.programbook.core.load.BundledData;
import io.programbook.core.load.CatalogTitles;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Catalog;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.GoldenFiles;
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
 * the JSON files' values; nor does its gap report when every statement is suspect (the edition
 * mapping's change notes), nor the changes document of a German {@code diff}. The words looked for
 * are the English bundle's words and the English words of what Programbook translates of its bundled
 * data (the catalogues' titles, area and maturity-level names and descriptions, the edition
 * mappings' change notes), less the words of the program's own files (users' text may appear as it
 * is), less the words that German writes the same way (those of the German bundle and of the German
 * titles and notes files: "Status", "Name", "Version", "SIS" …).
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
        chrome = englishWords(true, program);
        output = tmp.resolve("project/target/programbook-de");
        Generator.create()
                .generate(new GenerateRequest(
                        tmp.resolve("project"),
                        program,
                        output,
                        Optional.empty(),
                        new DocumentOptions(
                                Set.of(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.DOCX),
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
                        "handbook.docx",
                        "applicability.docx",
                        "gap-report.docx",
                        "traceability-matrix.html",
                        "traceability-matrix.csv",
                        "traceability-matrix.xlsx",
                        "traceability-matrix.json",
                        "coverage.json",
                        "resolved-profile.json");
        List<String> english = new ArrayList<>();
        int read = 0;
        for (String file : files) {
            if (Files.isDirectory(output.resolve(file))) {
                continue; // customers/: each customer edition is in its customer's language (docs/customers.md)
            }
            if (file.equals("validation-report.json") || file.startsWith(".") || file.endsWith(".adoc")) {
                continue; // diagnostics stay English; AsciiDoc is source, checked as HTML and PDF show it
            }
            read++;
            english.addAll(englishWords(file, PseudoLocaleIT.text(output.resolve(file))));
        }
        assertThat(read).isGreaterThanOrEqualTo(15);
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
    void should_show_the_change_notes_of_suspect_statements_in_german() throws IOException {
        // given the example, reviewed as a whole against the older edition: every statement is suspect
        Path program = ExampleProgram.copy(tmp.resolve("suspect/src/programbook"));
        Files.writeString(
                program.resolve("program.yaml"),
                Files.readString(program.resolve("program.yaml")) + "reviewedEdition: \"2015+AMD1:2017\"\n");
        Path suspect = tmp.resolve("suspect/target/programbook-de");

        // when
        Generator.create()
                .generate(new GenerateRequest(
                        tmp.resolve("suspect"),
                        program,
                        suspect,
                        Optional.empty(),
                        new DocumentOptions(
                                Set.of(OutputFormat.HTML),
                                Optional.empty(),
                                Branding.NONE,
                                Optional.empty(),
                                Locale.GERMAN)));

        // then
        String gaps = PseudoLocaleIT.text(suspect.resolve("gap-report.html"));
        assertThat(gaps)
                .contains("Zuletzt gegen 2015+AMD1:2017 geprüft")
                .contains("Umformuliert zu einem Prozess, den der Dienstleister für den Betreiber ausführt")
                .contains("Anforderungen, die für den Betreiber spezifisch sind");
        assertThat(englishWords("gap-report.html", gaps)).isEmpty();
    }

    @Test
    void should_show_no_english_word_in_the_changes_of_a_german_diff() throws IOException {
        // given the golden case of a program and its baseline, which moved to the newer edition
        Path caseDir = GoldenFiles.ROOT.resolve("changes-baseline");
        // (not yet the catalogue's titles: the changes of a diff still show them in English)
        Set<String> words = englishWords(false, caseDir.resolve("baseline"), caseDir.resolve("current"));
        words.removeAll(Set.of("baseline", "current")); // the sides are named by their folders: users' names
        Path diff = tmp.resolve("diff/target/programbook-de");

        // when
        Generator.create()
                .diff(new DiffRequest(
                        caseDir,
                        caseDir.resolve("current"),
                        diff,
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
                                Locale.GERMAN)));

        // then
        List<String> english = new ArrayList<>();
        for (String file : List.of("changes.html", "changes.pdf")) {
            english.addAll(PseudoLocaleIT.englishWords(file, PseudoLocaleIT.text(diff.resolve(file)), words));
        }
        assertThat(english).isEmpty();
        assertThat(PseudoLocaleIT.text(diff.resolve("changes.html")))
                .contains("baseline (Version 1.3)", "Umformuliert zu einem Prozess");
    }

    @Test
    void should_find_an_english_word_left_in_a_german_output() {
        assertThat(chrome).contains("contents", "appendix").doesNotContain("status", "name", "version");
        // the English of what Programbook translates of its data: a change note, a catalogue title
        assertThat(chrome).contains("lawful", "reworded").doesNotContain("sis", "iec", "nordwind");
        assertThat(englishWords("handbook.html", "Inhalt Contents Geltungsbereich"))
                .singleElement()
                .asString()
                .startsWith("handbook.html: contents in");
    }

    /** The English chrome words of an output's text, each with where it stands. */
    private static List<String> englishWords(String file, String text) {
        return PseudoLocaleIT.englishWords(file, text, chrome);
    }

    /**
     * The English words a German document must not show: the bundle's (as {@link PseudoLocaleIT} finds
     * them) and those of the bundled data Programbook translates, less the programs' own words and
     * the words German writes the same way.
     */
    static Set<String> englishWords(boolean catalogueTitles, Path... programs) throws IOException {
        Set<String> english = PseudoLocaleIT.chromeWords(programs);
        Set<String> titles = new TreeSet<>();
        BundledData bundled = new BundledData(new YamlReader());
        for (String reference : BundledData.CATALOGS) {
            Diagnostics diagnostics = new Diagnostics();
            Catalog catalog = bundled.catalog(reference, diagnostics).orElseThrow();
            titles.addAll(words(catalog.title() + "\n" + catalog.note()));
            catalog.maturityLevels().forEach(l -> titles.addAll(words(l.name() + "\n" + l.description())));
            catalog.groups().forEach(g -> titles.addAll(words(g.name() + "\n" + g.description())));
            catalog.items().forEach(i -> titles.addAll(words(i.title())));
        }
        Set<String> data = new TreeSet<>(catalogueTitles ? titles : Set.of());
        for (EditionMapping mapping : new EditionMappings(new YamlReader()).all()) {
            data.addAll(words(mapping.note()));
            mapping.items().forEach(m -> data.addAll(words(m.note())));
        }
        for (Path root : programs) {
            data.removeAll(fileWords(root));
        }
        if (!catalogueTitles) {
            english.removeAll(titles); // shown in English: their words may appear
            data.removeAll(titles);
        }
        english.addAll(data);
        english.removeAll(words(bundle("/programbook/messages/messages_de.properties")));
        // German writes some of them the same way: the words of the German titles and notes
        for (String reference : BundledData.CATALOGS) {
            CatalogTitles.Titles german = CatalogTitles.titles(reference, "de").orElseThrow();
            english.removeAll(words(german.title() + "\n" + german.note()));
            german.maturityLevels().values().forEach(n -> english.removeAll(words(n.name() + "\n" + n.description())));
            german.groups().values().forEach(n -> english.removeAll(words(n.name() + "\n" + n.description())));
            german.items().values().forEach(t -> english.removeAll(words(t)));
        }
        for (String resource : EditionMappings.BUNDLED) {
            MappingNotes.notes(resource, "de").orElseThrow().notes().forEach(n -> english.removeAll(words(n.text())));
        }
        return english;
    }

    /** The words of a program's YAML and AsciiDoc files. */
    private static Set<String> fileWords(Path root) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".adoc")) {
                    found.addAll(words(Files.readString(file)));
                }
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
