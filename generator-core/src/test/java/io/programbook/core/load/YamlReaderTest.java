package io.programbook.core.load;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import io.programbook.core.testutil.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {

    @TempDir
    Path base;

    private final YamlReader reader = new YamlReader();
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<YamlDocument> read(String yaml) {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<YamlDocument> read(byte[] bytes) {
        Path file = Fixtures.write(base, "conf/file.yaml", bytes);
        return reader.read(SourceFile.of(file, base), diagnostics);
    }

    private List<String> rendered() {
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    @Test
    void should_remember_the_position_of_every_node() {
        // given
        String yaml = """
                statements:
                  - item: SP.01.01 BR
                    evidence:
                      - file: a.csv
                """;

        // when
        YamlDocument doc = read(yaml).orElseThrow();

        // then
        assertThat(doc.at("/statements/0/item")).isEqualTo(SourcePosition.of("conf/file.yaml", 2, 5));
        assertThat(doc.at("/statements/0/evidence/0/file")).isEqualTo(SourcePosition.of("conf/file.yaml", 4, 9));
        assertThat(doc.at("/statements/0/nothing/here")).isEqualTo(SourcePosition.of("conf/file.yaml", 2, 5));
        assertThat(doc.locate("/statements/0").at("evidence/0")).isEqualTo(SourcePosition.of("conf/file.yaml", 4, 9));
        assertThat(doc.locate("/statements/0").file()).isEqualTo("conf/file.yaml");
    }

    @Test
    void should_report_a_syntax_error_with_line_and_column() {
        // when
        Optional<YamlDocument> doc = read("organisation:\n  name: [Nordwind\nprogram: x\n");

        // then
        assertThat(doc).isEmpty();
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "conf/file.yaml:3:8: error [PB-YAML-SYNTAX] YAML syntax error: while parsing a flow sequence,"
                                        + " expected ',' or ']', but got :",
                                "  hint: fix the YAML syntax at this position (indentation, a missing ':' or an unclosed quote)"));
    }

    @Test
    void should_report_a_duplicate_key_with_both_positions() {
        // when
        read("id: a\nname: A\nid: b\n");

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "conf/file.yaml:3:1: error [PB-ID-DUPLICATE] duplicate key 'id' (first at conf/file.yaml:1:1)",
                        "  hint: remove one of the two 'id' entries"));
    }

    @Test
    void should_reject_aliases_which_would_otherwise_read_as_the_anchor_name() {
        // when
        Optional<YamlDocument> doc = read("roles:\n  - &lead security-lead\nowner: *lead\n");

        // then
        assertThat(doc).isEmpty();
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "conf/file.yaml:3:8: error [PB-YAML-LIMIT] YAML aliases are not supported: '*lead'",
                                "  hint: write the value out where it is needed instead of an anchor (&name) and an alias (*name)"));
    }

    @Test
    void should_reject_an_alias_bomb() {
        // given: a billion laughs, nine levels of nine aliases
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("l")
                    .append(i)
                    .append(": &l")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*l" + (i - 1))))
                    .append("]\n");
        }

        // when
        Optional<YamlDocument> doc = read(bomb.toString());

        // then
        assertThat(doc).isEmpty();
        assertThat(diagnostics.all())
                .singleElement()
                .satisfies(d -> assertThat(d.headline()).startsWith("conf/file.yaml:2:10: error [PB-YAML-LIMIT] "));
    }

    @Test
    void should_reject_deep_nesting() {
        // given
        String deep = "x: " + "[".repeat(YamlReader.MAX_NESTING + 10) + "]".repeat(YamlReader.MAX_NESTING + 10) + "\n";

        // when
        Optional<YamlDocument> doc = read(deep);

        // then
        assertThat(doc).isEmpty();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> {
            assertThat(d.rule().code()).isEqualTo("PB-YAML-LIMIT");
            assertThat(d.headline())
                    .isEqualTo("conf/file.yaml: error [PB-YAML-LIMIT] the document exceeds a safety limit: "
                            + "mappings and lists are nested deeper than 64 levels");
            assertThat(d.hint()).isEqualTo("simplify the document: no deep nesting and no repeated aliases");
        });
    }

    @Test
    void should_report_an_empty_file() {
        // when
        read("# only a comment\n");

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "conf/file.yaml: error [PB-FIELD-REQUIRED] the file is empty",
                        "  hint: write the file's content (see docs/formats.md), or delete the file"));
    }

    @Test
    void should_keep_numbers_as_written_when_bound_to_text() {
        // given
        YamlDocument doc = read("""
                organisation: {name: N}
                program: {title: T, version: 3.10}
                catalog: c@1
                profile: p
                """).orElseThrow();

        // when
        Optional<Program> program = reader.bind(doc, "", Program.class, "program.yaml", diagnostics);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(program).map(p -> p.program().version()).contains("3.10");
    }

    @Test
    void should_report_a_missing_node_at_its_nearest_position() {
        // given
        YamlDocument doc = read("statements: []\n").orElseThrow();

        // when
        Optional<Statement> s = reader.bind(doc, "/statements/0", Statement.class, "statement", diagnostics);

        // then
        assertThat(s).isEmpty();
        assertThat(rendered())
                .containsExactly(lines(
                        "conf/file.yaml:1:1: error [PB-FIELD-REQUIRED] missing statement",
                        "  hint: add the field (see docs/formats.md)"));
    }

    @Test
    void should_report_a_list_where_a_mapping_belongs() {
        // given
        YamlDocument doc = read("organisation: [a, b]\nprogram: {title: T, version: 1}\ncatalog: c@1\nprofile: p\n")
                .orElseThrow();

        // when
        reader.bind(doc, "", Program.class, "program.yaml", diagnostics);

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "conf/file.yaml:1:1: error [PB-VALUE-INVALID] expected a mapping (organisation) here",
                        "  hint: use a value of the documented type (see docs/formats.md)"));
    }

    @Test
    void should_accept_a_utf8_byte_order_mark_without_shifting_positions() {
        // given
        byte[] body = "id: a\nname: Ä\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        // when
        YamlDocument doc = read(withBom).orElseThrow();

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(doc.root().get("id").asText()).isEqualTo("a");
        assertThat(doc.root().get("name").asText()).isEqualTo("Ä");
        assertThat(doc.at("/id")).isEqualTo(SourcePosition.of("conf/file.yaml", 1, 1));
    }

    @Test
    void should_name_the_byte_offset_of_invalid_utf8() {
        // given: "id: caf" then ISO-8859-1 'é' (0xE9) followed by ASCII
        byte[] latin1 = "id: café\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        Optional<YamlDocument> doc = read(latin1);

        // then
        assertThat(doc).isEmpty();
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "conf/file.yaml:1:8: error [PB-FILE-ENCODING] the file is not valid UTF-8: invalid byte 0xE9 at byte offset 7",
                                "  hint: save the file as UTF-8 (the byte is probably a character written in another encoding, such as Windows-1252)"));
    }

    @Test
    void should_count_the_byte_offset_from_the_start_of_the_file_including_a_bom() {
        // given
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', (byte) 0xFF, '\n'};

        // when
        read(bytes);

        // then
        assertThat(diagnostics.all())
                .singleElement()
                .extracting(Diagnostic::message)
                .isEqualTo("the file is not valid UTF-8: invalid byte 0xFF at byte offset 6");
    }

    @Test
    void should_reject_a_file_above_the_size_limit() throws IOException {
        // given: a sparse file, so the test writes nothing
        Path file = base.resolve("huge.yaml");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(TextReader.MAX_FILE_BYTES + 1);
        }

        // when
        Optional<YamlDocument> doc = reader.read(SourceFile.of(file, base), diagnostics);

        // then
        assertThat(doc).isEmpty();
        assertThat(rendered())
                .containsExactly(lines(
                        "huge.yaml: error [PB-FILE-TOO-LARGE] file is 16777217 bytes, more than the limit of 16777216",
                        "  hint: split the file into smaller ones"));
    }

    @Test
    void should_show_a_file_outside_the_base_directory_by_its_absolute_path() {
        // given
        Path outside = base.resolve("elsewhere/x.yaml").toAbsolutePath();

        // when
        SourceFile source = SourceFile.of(outside, base.resolve("project"));

        // then
        assertThat(source.displayName())
                .isEqualTo(outside.normalize().toString().replace('\\', '/'));
        assertThat(SourceFile.resource("programbook/profiles/a.yaml").displayName())
                .isEqualTo("classpath:programbook/profiles/a.yaml");
    }

    @Test
    void should_reject_a_document_with_more_values_than_the_limit_before_it_fills_the_heap() {
        // given: small in bytes, but each value would cost a node and a position
        String many = "x: [" + "1,".repeat(YamlReader.MAX_NODES) + "1]\n";

        // when
        Optional<YamlDocument> doc = read(many);

        // then
        assertThat(doc).isEmpty();
        assertThat(diagnostics.all())
                .singleElement()
                .extracting(Diagnostic::headline)
                .asString()
                .startsWith("conf/file.yaml:1:")
                .endsWith(
                        "error [PB-YAML-LIMIT] the document exceeds a safety limit: the document has more than 200000 values");
    }

    @Test
    void should_read_scalars_as_yaml_1_2_does_like_editors() {
        // when
        YamlDocument doc =
                read("a: yes\nb: true\nc: 3.10\nd: 1_000\ne: 0x1F\nf: '12'\n").orElseThrow();

        // then: text as written for binding, numbers as numbers for the schema check
        assertThat(doc.root().get("a").isTextual()).isTrue();
        assertThat(doc.root().get("b").isBoolean()).isTrue();
        assertThat(doc.root().get("c").asText()).isEqualTo("3.10");
        assertThat(doc.numbers()).containsExactlyInAnyOrder("/c", "/e");
        assertThat(doc.typedRoot().get("c").isNumber()).isTrue();
        assertThat(doc.typedRoot().get("d").isTextual()).isTrue();
        assertThat(doc.typedRoot().get("f").isTextual()).isTrue();
    }

    @Test
    void should_find_a_snippet_inside_a_block_scalar() {
        // given
        YamlDocument doc =
                read("text: |\n  First req:[A] line.\n  Then req:[A] again.\n").orElseThrow();

        // when / then
        assertThat(doc.find("/text", "req:[A]", 0)).isEqualTo(SourcePosition.of("conf/file.yaml", 2, 9));
        assertThat(doc.find("/text", "req:[A]", 1)).isEqualTo(SourcePosition.of("conf/file.yaml", 3, 8));
        assertThat(doc.find("/text", "req:[B]", 0)).isEqualTo(SourcePosition.of("conf/file.yaml", 1, 1));
    }
}
