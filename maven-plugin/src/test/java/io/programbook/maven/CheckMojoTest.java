package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.Gates;
import io.programbook.core.api.Generator;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class CheckMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    private CheckMojo mojo(
            Double minimum, Double areaMinimum, Map<String, String> areas, List<String> kinds, Integer months) {
        CheckMojo mojo = new CheckMojo(Generator.create());
        mojo.configure(
                base.toFile(), base.resolve("src/programbook").toFile(), minimum, areaMinimum, areas, kinds, months);
        return mojo;
    }

    @Test
    void should_translate_its_parameters_into_one_request() throws Exception {
        // when
        CheckRequest request = mojo(
                        80.0,
                        50.5,
                        Map.of("SP.09", " 90 ", "SP.07", "100"),
                        List.of("evidence-missing", " No-Evidence ", ""),
                        12)
                .toRequest();

        // then
        assertThat(request)
                .isEqualTo(new CheckRequest(
                        base,
                        base.resolve("src/programbook"),
                        new Gates(
                                Optional.of(80.0),
                                Optional.of(50.5),
                                Map.of("SP.07", 100.0, "SP.09", 90.0),
                                Set.of("evidence-missing", "no-evidence"),
                                Optional.of(Period.ofMonths(12)))));
    }

    @Test
    void should_translate_fail_on_draft_into_the_draft_gate() throws Exception {
        // given
        CheckMojo mojo = mojo(null, null, null, null, null);
        mojo.failOnDraft(true);

        // then
        assertThat(mojo.toRequest().gates())
                .isEqualTo(new Gates(Optional.empty(), Optional.empty(), Map.of(), Set.of(), Optional.empty(), true));
    }

    @Test
    void should_have_no_gate_when_nothing_is_configured() throws Exception {
        assertThat(mojo(null, null, null, null, null).toRequest().gates()).isEqualTo(Gates.none());
    }

    @Test
    void should_reject_an_unknown_gap_kind_naming_the_valid_ones() {
        assertThatThrownBy(() -> mojo(null, null, null, List.of("stale"), null).toRequest())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("unknown gap kind 'stale' in <failOnGaps>; valid kinds: no-statement, planned, partial,"
                        + " verification-failed, evidence-missing, no-evidence, below-target, evidence-stale,"
                        + " suspect, out-of-scope-statement, procedure-unused");
    }

    @Test
    void should_reject_minimums_that_are_not_percentages() {
        assertThatThrownBy(() ->
                        mojo(null, null, Map.of("SP.09", "ninety"), null, null).toRequest())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("'ninety' in <areaCoverage><SP.09> is not a percentage; write e.g. 80 or 92.5");
        assertThatThrownBy(() -> mojo(180.0, null, null, null, null).toRequest())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("a coverage minimum is a percentage from 0 to 100, not 180.0"
                        + " (check <minimumCoverage>, <minimumAreaCoverage> and <areaCoverage>)");
    }
}
