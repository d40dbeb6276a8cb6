package io.programbook.core.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.Located;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Confidence;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MaturityLevel;
import io.programbook.core.model.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Shared test data: a tiny catalogue built in code, profile files written to a temporary folder,
 * and a builder for whole program folders ({@link ProgramBuilder}).
 */
public final class Fixtures {

    /** The bundled catalogue most tests' programs follow. */
    public static final String CATALOG_2023 = "iec-62443-2-4@2023";

    public static final String CATALOG_2015 = "iec-62443-2-4@2015+AMD1:2017";
    /** How profiles name {@link #tinyCatalog()}. */
    public static final String TINY = "tiny@1";

    private static final YamlReader YAML = new YamlReader();

    private Fixtures() {}

    public static YamlReader yaml() {
        return YAML;
    }

    /**
     * A catalogue of four areas and eleven items, maturity levels ML1..ML4:
     * <pre>
     * SP.01  SP.01.01 BR, SP.01.01 RE(1), SP.01.02 BR
     * SP.03  SP.03.01 BR, SP.03.08 BR, SP.03.08 RE(1), SP.03.08 RE(2)
     * SP.04  SP.04.01 BR, SP.04.01 RE(1)
     * SP.12  SP.12.01 BR [backup], SP.12.02 BR [backup, restore]
     * </pre>
     */
    public static Catalog tinyCatalog() {
        return new Catalog(
                "tiny",
                "1",
                "Tiny test catalogue",
                "",
                "",
                List.of(
                        level("ML1", "Initial"),
                        level("ML2", "Managed"),
                        level("ML3", "Defined"),
                        level("ML4", "Improving")),
                List.of(
                        group(
                                "SP.01",
                                "Solution staffing",
                                item("SP.01.01 BR"),
                                item("SP.01.01 RE(1)"),
                                item("SP.01.02 BR")),
                        group(
                                "SP.03",
                                "Architecture",
                                item("SP.03.01 BR"),
                                item("SP.03.08 BR"),
                                item("SP.03.08 RE(1)"),
                                item("SP.03.08 RE(2)")),
                        group("SP.04", "Wireless", item("SP.04.01 BR"), item("SP.04.01 RE(1)")),
                        group(
                                "SP.12",
                                "Backup/Restore",
                                item("SP.12.01 BR", "backup"),
                                item("SP.12.02 BR", "backup", "restore"))));
    }

    public static Item item(String id, String... tags) {
        return new Item(ItemId.parse(id), "Title of " + id, List.of(tags), false, Confidence.HIGH, "", "");
    }

    public static Group group(String id, String name, Item... items) {
        return new Group(id, name, "", List.of(items));
    }

    private static MaturityLevel level(String id, String name) {
        return new MaturityLevel(id, name, "");
    }

    /** Writes a UTF-8 file under {@code dir}, creating its folders, and returns it. */
    public static Path write(Path dir, String relative, String content) {
        return write(dir, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path dir, String relative, byte[] content) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * One entry of a statements file, indented for {@link #statements(String...)}: the item on the
     * entry's first line, then each field on a line of its own (nested lines indent themselves).
     */
    public static String statement(String item, String... fields) {
        StringBuilder yaml = new StringBuilder("  - item: ").append(item).append('\n');
        for (String field : fields) {
            yaml.append("    ").append(field).append('\n');
        }
        return yaml.toString();
    }

    /** A statements file holding the entries. */
    public static String statements(String... statements) {
        return "statements:\n" + String.join("", statements);
    }

    /** Lines joined the way {@link io.programbook.core.diag.Diagnostic#render()} joins them. */
    public static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines);
    }

    /**
     * Writes a profile file to {@code baseDir/relative}, reads and binds it, and returns it with its
     * positions; fails the test if the file does not load cleanly.
     */
    public static Located<Profile> profile(Path baseDir, String relative, String yaml) {
        Path file = write(baseDir, relative, yaml);
        Diagnostics diagnostics = new Diagnostics();
        YamlDocument doc = YAML.read(SourceFile.of(file, baseDir), diagnostics).orElseThrow();
        Profile profile =
                YAML.bind(doc, "", Profile.class, "profile", diagnostics).orElseThrow();
        assertThat(diagnostics.all()).as("diagnostics of %s", relative).isEmpty();
        return new Located<>(profile, doc.locate(""));
    }

    /** A program folder at {@code baseDir/src/programbook}, to be filled and loaded. */
    public static ProgramBuilder program(Path baseDir) {
        return new ProgramBuilder(baseDir);
    }
}
