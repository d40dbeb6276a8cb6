package io.programbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+49 40 123", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "\uFF1D1+1", "\uFF20x"})
    void should_neutralise_values_a_spreadsheet_would_run_as_a_formula(String value) {
        assertThat(SpreadsheetCells.formulaLike(value)).isTrue();
        assertThat(SpreadsheetCells.forCsv(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SP.01.01 BR", "2026-07-14", " =1+1", "a=b", "'quoted", "Müller"})
    void should_leave_ordinary_values_as_they_are(String value) {
        assertThat(SpreadsheetCells.formulaLike(value)).isFalse();
        assertThat(SpreadsheetCells.forCsv(value)).isEqualTo(value);
    }

    @Test
    void should_write_csv_with_a_byte_order_mark_crlf_records_and_quoted_fields_only_where_needed() {
        // when
        byte[] csv = CsvWriter.write(
                List.of("Item", "Note"),
                List.of(
                        List.of("SP.01.01 BR", "plain"),
                        List.of("a,b", "say \"hi\""),
                        List.of("two\r\nlines", " padded "),
                        List.of("=HYPERLINK(\"x\")", "Zürich")));

        // then
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Item,Note\r\n"
                        + "SP.01.01 BR,plain\r\n"
                        + "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                        + "\"two\nlines\",\" padded \"\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",Zürich\r\n");
    }
}
