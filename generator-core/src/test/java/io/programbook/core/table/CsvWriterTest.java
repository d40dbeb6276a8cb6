package io.programbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void should_separate_with_a_semicolon_where_the_locale_writes_decimals_with_a_comma() {
        assertThat(CsvWriter.separator(Locale.ENGLISH)).isEqualTo(',');
        assertThat(CsvWriter.separator(Locale.GERMAN)).isEqualTo(';');
        assertThat(CsvWriter.separator(Locale.GERMANY)).isEqualTo(';');
    }

    @Test
    void should_quote_a_field_that_holds_the_separator() {
        List<String> header = List.of("Anforderung", "Titel");
        List<List<String>> rows = List.of(List.of("SP.01.01 BR", "Personal; eingewiesen, geprüft"));

        assertThat(text(CsvWriter.write(header, rows, ';')))
                .isEqualTo("Anforderung;Titel\r\nSP.01.01 BR;\"Personal; eingewiesen, geprüft\"\r\n");
        assertThat(text(CsvWriter.write(header, List.of(List.of("a;b", "c")))))
                .isEqualTo("Anforderung,Titel\r\na;b,c\r\n");
    }

    private static String text(byte[] csv) {
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
