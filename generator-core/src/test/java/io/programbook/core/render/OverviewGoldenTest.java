package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.history.History;
import io.programbook.core.history.Release;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.GoldenFiles;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.Trace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins the overview's charts of a small program byte for byte (golden SVG files), and checks that
 * the charts carry their numbers as text.
 */
class OverviewGoldenTest {

    static final Path CASE = GoldenFiles.ROOT.resolve("small-integrator");

    static final History TWO_RELEASES = new History(
            List.of(
                    new Release(
                            "v1.2",
                            "1111111",
                            LocalDate.of(2025, 12, 1),
                            "Ada",
                            "First",
                            Optional.of(new Release.Totals(18, 5.9)),
                            Optional.empty()),
                    new Release(
                            "v1.3",
                            "2222222",
                            LocalDate.of(2026, 3, 1),
                            "Ada",
                            "Second",
                            Optional.of(new Release.Totals(18, 8.3)),
                            Optional.empty())),
            false,
            true,
            Optional.empty(),
            "3333333");

    @Test
    void should_draw_the_charts_of_a_small_program_exactly_as_expected() throws Exception {
        // given
        OverviewView overview = overview();

        // then
        GoldenFiles.assertMatches(svg(overview.maturity()), CASE.resolve("expected/overview-maturity.svg"));
        GoldenFiles.assertMatches(svg(overview.coverage()), CASE.resolve("expected/overview-coverage.svg"));
        GoldenFiles.assertMatches(svg(overview.history()), CASE.resolve("expected/overview-history.svg"));
    }

    @Test
    void should_give_every_chart_a_text_alternative_with_its_numbers() throws Exception {
        OverviewView overview = overview();

        assertThat(overview.maturity().alt())
                .isEqualTo("Bar chart of the mean target and claimed maturity level per functional area."
                        + " SP.01: target 2.0, claimed 0.8; SP.12: target 2.1, claimed 0.5");
        assertThat(overview.coverage().alt())
                .isEqualTo("Bar chart of the coverage per functional area. SP.01: 11.1 %; SP.12: 12.5 %");
        assertThat(overview.history().alt())
                .isEqualTo("Bar chart of the coverage of each release. 1.2: 5.9 %; 1.3: 8.3 %; 1.4 (now): 11.8 %");
        assertThat(svg(overview.coverage()))
                .contains("<desc>" + overview.coverage().alt() + "</desc>");
        assertThat(overview.rows())
                .extracting(OverviewView.Row::id, OverviewView.Row::target, OverviewView.Row::atTarget)
                .containsExactly(tuple("SP.01", "ML2", "3 of 9"), tuple("SP.12", "ML2–ML3", "1 of 8"));
    }

    @Test
    void should_draw_the_same_bytes_twice_and_no_history_chart_without_releases() throws Exception {
        assertThat(overview()).isEqualTo(overview());
        assertThat(build(History.none()).history()).isNull();
    }

    private static OverviewView overview() {
        return build(TWO_RELEASES);
    }

    private static OverviewView build(History history) {
        Programbook generator = new Programbook();
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(CASE, CASE.resolve("program"), diagnostics);
        ResolvedProfile profile = generator.resolve(inputs, diagnostics);
        Trace trace = generator.trace(inputs, profile, Optional.empty());
        return new OverviewViewBuilder().build(inputs.catalog(), trace, history, "1.4", Messages.english());
    }

    private static String svg(OverviewView.Chart chart) {
        String prefix = "data:image/svg+xml;base64,";
        assertThat(chart.src()).startsWith(prefix);
        return new String(Base64.getDecoder().decode(chart.src().substring(prefix.length())), StandardCharsets.UTF_8);
    }
}
