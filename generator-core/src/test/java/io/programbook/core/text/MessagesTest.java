package io.programbook.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.DocumentOptions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void should_format_values_dates_and_nested_messages_in_english() {
        Messages en = Messages.english();
        assertThat(en.get("gap.detail.evidence-missing", "evidence/a.pdf"))
                .isEqualTo("Evidence file 'evidence/a.pdf' does not exist.");
        assertThat(en.get(Message.of("common.verification.entry", LocalDate.of(2026, 3, 1), "pass", "Audit")))
                .isEqualTo("2026-03-01: pass by Audit");
        assertThat(en.get(Messages.list(List.of(
                        Message.of("edition.aspect.relaxed"),
                        Message.of("edition.aspect.scope"),
                        Message.of("edition.aspect.evidence")))))
                .isEqualTo("relaxed, scope, evidence");
        assertThat(en.get("handbook.area.excluded", 1)).startsWith("The profile excludes 1 item of");
        assertThat(en.get("handbook.area.excluded", 3)).startsWith("The profile excludes 3 items of");
        assertThat(en.decimal(76.55, 1)).isEqualTo("76.6");
        assertThat(en.languageTag()).isEqualTo("en");
    }

    @Test
    void should_wrap_and_accent_the_words_of_the_pseudo_locale_but_not_its_values_nor_link_targets() {
        Messages pseudo = Messages.pseudo();
        assertThat(pseudo.languageTag()).isEqualTo("en-XA");
        assertThat(pseudo.get("gap.detail.evidence-missing", "evidence/a.pdf"))
                .isEqualTo("⟦Évîdéñçé fîlé 'evidence/a.pdf' döés ñöt éxîst.⟧");
        assertThat(pseudo.get("handbook.area.none-in-scope.excluded", 2))
                .contains("<<excluded-items>>")
                .startsWith("⟦Ñö îtém");
        assertThat(pseudo.get("gap-report.intro.links"))
                .contains("xref:handbook.adoc[håñdböök]", "xref:traceability-matrix.html[tråçéåbîlîtý måtrîx]");
        assertThat(pseudo.get("matrix.intro.links")).contains("<<gap-kinds,bélöw thé måtrîx>>");
        assertThat(pseudo.get(Message.of("gap.period.months", "12"))).isEqualTo("⟦12 möñths⟧");
    }

    @Test
    void should_name_a_missing_key() {
        assertThatThrownBy(() -> Messages.english().get("no.such.key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
    }

    @Test
    void should_know_which_locales_it_ships() {
        assertThat(DocumentOptions.shipped(Locale.ENGLISH)).isTrue();
        assertThat(DocumentOptions.shipped(Messages.PSEUDO)).isTrue();
        assertThat(DocumentOptions.shipped(Locale.GERMAN)).isTrue();
        assertThat(DocumentOptions.shipped(Locale.GERMANY)).isTrue();
        assertThat(DocumentOptions.shipped(Locale.JAPANESE)).isFalse();
    }

    @Test
    void should_write_german_words_dates_and_decimal_commas() {
        Messages de = Messages.of(Locale.GERMAN);
        assertThat(de.languageTag()).isEqualTo("de");
        assertThat(de.get("gap.detail.evidence-missing", "evidence/a.pdf"))
                .isEqualTo("Die Nachweisdatei 'evidence/a.pdf' existiert nicht.");
        assertThat(de.date(LocalDate.of(2026, 10, 1))).isEqualTo("01.10.2026");
        assertThat(de.get(Message.of("common.verification.entry", LocalDate.of(2026, 3, 1), "bestanden", "Audit")))
                .isEqualTo("01.03.2026: bestanden, geprüft von Audit");
        assertThat(de.decimal(76.55, 1)).isEqualTo("76,6");
        assertThat(de.get("common.percent", de.decimal(76.55, 1))).isEqualTo("76,6 %");
        assertThat(de.get("handbook.area.excluded", 1)).startsWith("Das Profil schließt 1 Anforderung dieses");
        assertThat(de.get("handbook.area.excluded", 3)).startsWith("Das Profil schließt 3 Anforderungen dieses");
        assertThat(Messages.of(Locale.GERMANY).get("handbook.scope.title")).isEqualTo("Geltungsbereich");
    }
}
