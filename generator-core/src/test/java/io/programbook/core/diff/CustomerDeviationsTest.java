package io.programbook.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.model.Customer;
import io.programbook.core.model.Deviation;
import io.programbook.core.model.ItemId;
import io.programbook.core.render.TemplateRenderer;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A customer's accepted deviations between two versions of its register, and how its changes print them. */
class CustomerDeviationsTest {

    static final ItemId REMOTE = ItemId.parse("SP.07.03 BR");
    static final ItemId RESTORE = ItemId.parse("SP.12.05 BR");
    static final ItemId PATCHES = ItemId.parse("SP.11.02 BR");

    static final ProgramSnapshot NEWER = new ProgramSnapshot(
            "wvm", "iec-62443-2-4@2023", "", "wvm", "", "", List.of(), Map.of(), Map.of(), Optional.empty());

    static Deviation deviation(ItemId item, String difference, LocalDate until) {
        return new Deviation(
                item, difference, "A compensating measure.", "H. Claussen", LocalDate.of(2026, 3, 2), until);
    }

    static final Customer WVM = new Customer("wvm", "Wasserverband Marschland", "", "", "de", null, List.of(), null);

    @Test
    void deviationsAreMatchedByItemAndTheirMovedTermsNamed() {
        List<Deviation> was = List.of(
                deviation(REMOTE, "The sheet is not re-issued.", LocalDate.of(2027, 3, 31)),
                deviation(PATCHES, "Patches are installed quarterly.", LocalDate.of(2026, 12, 31)));
        List<Deviation> is = List.of(
                deviation(REMOTE, "The sheet is not re-issued.", LocalDate.of(2027, 9, 30)),
                deviation(RESTORE, "Restored from the weekly backup.", LocalDate.of(2027, 6, 30)));

        Changes.CustomerChanges changes = Differ.deviations(WVM, false, true, was, is, NEWER);

        assertThat(changes.added()).extracting(Changes.DeviationChange::item).containsExactly(RESTORE);
        assertThat(changes.removed()).extracting(Changes.DeviationChange::item).containsExactly(PATCHES);
        assertThat(changes.changed()).singleElement().satisfies(c -> {
            assertThat(c.item()).isEqualTo(REMOTE);
            assertThat(c.aspects()).containsExactly("validUntil");
            assertThat(c.was().orElseThrow().validUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
        });
        // the same register on both sides: nothing
        assertThat(Differ.deviations(WVM, false, true, is, is, NEWER).deviationsUnchanged())
                .isTrue();
    }

    @Test
    void aChangedDeviationPrintsWhatMovedInTheCustomersLanguage() {
        List<Deviation> was = List.of(deviation(REMOTE, "The sheet is not re-issued.", LocalDate.of(2027, 3, 31)));
        List<Deviation> is = List.of(deviation(REMOTE, "The sheet is re-issued in 2027.", LocalDate.of(2027, 9, 30)));
        Changes changes = new Changes(
                Changes.Kind.CUSTOMER,
                "Security Program",
                "3.2",
                "Security Program",
                "3.3",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "Nordwind Automation GmbH",
                Optional.of(Differ.deviations(WVM, false, true, was, is, NEWER)));

        String adoc =
                ChangesDocuments.adoc(changes, new TemplateRenderer(Optional.empty(), Messages.of(Locale.GERMAN)));

        assertThat(adoc)
                .startsWith("= Was sich für Wasserverband Marschland geändert hat\n")
                .contains("| Akzeptierte Abweichungen | 0 hinzugefügt, 0 entfallen, 1 geändert")
                .contains("| SP.07.03 BR |  | was abweicht, Gültigkeit"
                        + " | Was abweicht: The sheet is not re-issued. Gültig bis 31.03.2027."
                        + " | Was abweicht: The sheet is re-issued in 2027. Gültig bis 30.09.2027.");
        assertThat(ChangesDocuments.json(changes))
                .contains("          \"validUntil\": \"2027-09-30\",\n"
                        + "          \"changed\": [\n"
                        + "            \"difference\",\n"
                        + "            \"validUntil\"\n"
                        + "          ],\n"
                        + "          \"was\": {\n"
                        + "            \"difference\": \"The sheet is not re-issued.\",");
    }

    @Test
    void forAReaderOutsideTheProviderGapsAreNamedAndNothingIsToReview() {
        ProgramSnapshot.Totals totals = new ProgramSnapshot.Totals(10, 8, 2, 0, 80.0);
        Changes.ProgramChanges program = new Changes.ProgramChanges(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new Changes.ReviewNeeded(RESTORE, "SP.12", "Restore", Message.of("changes.review.suspect"))),
                totals,
                totals,
                List.of(new Changes.CoverageChange(
                        RESTORE, "SP.12", "Restore", "covered", "gap", List.of("evidence-missing"))),
                List.of());
        for (boolean outside : List.of(true, false)) {
            Changes changes = new Changes(
                    Changes.Kind.CUSTOMER,
                    "Security Program",
                    "3.2",
                    "Security Program",
                    "3.3",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(program),
                    "Nordwind Automation GmbH",
                    Optional.of(Differ.deviations(WVM, false, outside, List.of(), List.of(), NEWER)));

            String adoc =
                    ChangesDocuments.adoc(changes, new TemplateRenderer(Optional.empty(), Messages.of(Locale.GERMAN)));

            if (outside) {
                assertThat(adoc)
                        .contains("| SP.12.05 BR | Restore | abgedeckt | Lücke | Nachweisdatei fehlt")
                        .contains("| | Frühere Version | Diese Version |")
                        .doesNotContain("evidence-missing")
                        .doesNotContain("reviewed:")
                        .doesNotContain("zu prüfen");
            } else {
                // the provider's own view of the customer (audience: internal) keeps codes and reviews
                assertThat(adoc).contains("evidence-missing").contains("reviewed:");
            }
        }
    }
}
