package io.programbook.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.testutil.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invariants of the records' compact constructors and the catalogue's lookups. */
class ModelTest {

    private final Catalog tiny = Fixtures.tinyCatalog();

    @Test
    void should_rank_maturity_levels_from_one_and_zero_for_unknown() {
        assertThat(tiny.rank("ML1")).isEqualTo(1);
        assertThat(tiny.rank("ML4")).isEqualTo(4);
        assertThat(tiny.rank("ML5")).isZero();
        assertThat(tiny.rank("")).isZero();
    }

    @Test
    void should_look_up_items_groups_and_levels() {
        assertThat(tiny.reference()).isEqualTo("tiny@1");
        assertThat(tiny.items()).hasSize(11);
        assertThat(tiny.itemsById()).containsKey(ItemId.parse("SP.03.08 RE(2)"));
        assertThat(tiny.group("SP.04")).map(Group::name).contains("Wireless");
        assertThat(tiny.group("SP.99")).isEmpty();
        assertThat(tiny.maturityLevel("ML3")).map(MaturityLevel::name).contains("Defined");
        assertThat(tiny.maturityLevel("ML9")).isEmpty();
    }

    @Test
    void should_require_maturity_unless_planned_or_not_applicable() {
        // when
        MissingFieldException e = catchThrowableOfType(
                MissingFieldException.class,
                () -> new Statement(
                        ItemId.parse("SP.01.01 BR"), Status.IMPLEMENTED, " ", "lead", null, null, null, null, null));

        // then
        assertThat(e).hasMessage("missing required field 'maturity'");
        assertThat(e.field()).isEqualTo("maturity");
        assertThat(new Statement(
                                ItemId.parse("SP.01.01 BR"), Status.PLANNED, null, "lead", null, null, null, null, null)
                        .maturity())
                .isEmpty();
    }

    @Test
    void should_give_the_latest_verification() {
        // given
        Verification older = new Verification("Audit", LocalDate.of(2026, 1, 1), VerificationResult.PASS, null);
        Verification newer = new Verification("Assessor", LocalDate.of(2026, 5, 1), VerificationResult.PARTIAL, null);
        Statement s = new Statement(
                ItemId.parse("SP.01.01 BR"),
                Status.IMPLEMENTED,
                "ML2",
                "lead",
                null,
                null,
                null,
                null,
                List.of(newer, older));

        // when / then
        assertThat(s.lastVerification()).contains(newer);
        assertThat(newer.result().label()).isEqualTo("partial");
    }

    @Test
    void should_require_exactly_one_of_file_url_and_record_in_evidence() {
        // when
        InvalidValueException fileAndUrl = catchThrowableOfType(
                InvalidValueException.class, () -> new Evidence("evidence/a.csv", "https://x.example", "A", null));
        InvalidValueException none =
                catchThrowableOfType(InvalidValueException.class, () -> new Evidence(" ", null, "A", null));
        InvalidValueException fileAndRecord =
                catchThrowableOfType(InvalidValueException.class, () -> evidence("evidence/a.csv", null, "Binder 3"));
        InvalidValueException urlAndRecord = catchThrowableOfType(
                InvalidValueException.class, () -> evidence(null, "https://x.example", "Binder 3"));
        InvalidValueException all = catchThrowableOfType(
                InvalidValueException.class, () -> evidence("evidence/a.csv", "https://x.example", "Binder 3"));
        InvalidValueException blankRecord =
                catchThrowableOfType(InvalidValueException.class, () -> evidence(null, null, "  "));

        // then
        for (InvalidValueException e : List.of(fileAndUrl, none, fileAndRecord, urlAndRecord, all, blankRecord)) {
            assertThat(e).hasMessage("an evidence entry needs exactly one of 'file', 'url' and 'record'");
            assertThat(e.suggestion())
                    .startsWith("give the entry either 'file:' (a path in the program folder), 'url:' (an address)"
                            + " or 'record:'");
        }
        assertThat(new Evidence("evidence/a.csv", null, "A", null).location()).isEqualTo("evidence/a.csv");
        assertThat(new Evidence(null, "https://x.example", "A", null).fileBased())
                .isFalse();
        Evidence record = evidence(null, null, "  Visitor log, binder SEC-3 ");
        assertThat(record.location()).isEqualTo("Visitor log, binder SEC-3");
        assertThat(record.recordBased()).isTrue();
        assertThat(record.fileBased()).isFalse();
        assertThat(record.urlBased()).isFalse();
        assertThat(new Evidence(null, "https://x.example", "A", null).recordBased())
                .isFalse();
    }

    private static Evidence evidence(String file, String url, String record) {
        return new Evidence(file, url, record, "A", null, null, null, null, null, null, List.of());
    }

    @Test
    void should_default_profile_name_to_its_id_and_sort_parameters() {
        // when
        Profile p =
                new Profile("p", null, null, "tiny@1", null, null, null, null, null, null, Map.of("b", "2", "a", "1"));

        // then
        assertThat(p.name()).isEqualTo("p");
        assertThat(p.parents()).isEmpty();
        assertThat(p.parameters().keySet()).containsExactly("a", "b");
    }

    @Test
    void should_label_statuses_as_written_in_yaml() {
        assertThat(Status.NOT_APPLICABLE.label()).isEqualTo("not-applicable");
        assertThat(Status.IMPLEMENTED.label()).isEqualTo("implemented");
    }
}
