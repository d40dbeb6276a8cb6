package io.programbook.core.resolve;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.Located;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Profile;
import io.programbook.core.testutil.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documented resolution rules end to end against {@link Fixtures#tinyCatalog()}: what each
 * selector kind takes out of scope, which rule wins, how a chain overrides, and the exact text of
 * each integrity finding.
 */
class ProfileRulesTest {

    private static final String HEAD = "catalog: tiny@1\ndefaultMaturity: ML2\n";

    @TempDir
    Path base;

    private final Diagnostics diagnostics = new Diagnostics();

    private ResolvedProfile resolve(String... profiles) {
        List<Located<Profile>> chain = new ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            chain.add(Fixtures.profile(base, "p" + i + ".yaml", profiles[i]));
        }
        return new ProfileResolver().resolve(Fixtures.tinyCatalog(), chain, diagnostics);
    }

    private static List<String> excluded(ResolvedProfile resolved) {
        return resolved.excluded().stream().map(i -> i.item().id().toString()).toList();
    }

    private List<String> rendered() {
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "SP.03.08 RE(2); SP.03.08 RE(2)",
                "SP.04; SP.04.01 BR, SP.04.01 RE(1)",
                "SP.03.*; SP.03.01 BR, SP.03.08 BR, SP.03.08 RE(1), SP.03.08 RE(2)",
                "SP.03.08 RE(*); SP.03.08 RE(1), SP.03.08 RE(2)",
                "SP.* RE(*); SP.01.01 RE(1), SP.03.08 RE(1), SP.03.08 RE(2), SP.04.01 RE(1)",
                "SP.1* BR; SP.12.01 BR, SP.12.02 BR",
                "tag:restore; SP.12.02 BR"
            })
    void should_exclude_exactly_what_each_selector_kind_selects(String selector, String expected) {
        // when
        ResolvedProfile resolved =
                resolve("id: p\n" + HEAD + "exclude:\n  - select: " + selector + "\n    rationale: x\n");

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(excluded(resolved)).containsExactly(expected.split(", "));
    }

    @Test
    void should_let_the_most_specific_rule_decide_whatever_the_order_of_the_rules() {
        // when: broadest rule last, most specific first
        ResolvedProfile resolved = resolve("id: p\n" + HEAD + """
                include: [SP.03.08 RE(1), SP.03.08 RE(*), SP.03, SP.* BR]
                exclude:
                  - select: SP.03.08 RE(2)
                    rationale: exact beats enhancements
                  - select: tag:backup
                    rationale: a tag is broad
                """);

        // then: SP.* BR and the tag are equally broad, so SP.12.01 BR is a conflict; the rest is decided
        assertThat(rendered())
                .containsExactly(lines(
                        "p0.yaml:8:5: error [PB-SELECTOR-CONFLICT] 'exclude tag:backup' and 'include SP.* BR' (at p0.yaml:4:50)"
                                + " both select SP.12.01 BR with the same specificity",
                        "  hint: remove one of the two rules, or make one of them more specific"));
        assertThat(resolved.item(ItemId.parse("SP.03.08 RE(2)"))
                        .orElseThrow()
                        .scopeDecision()
                        .rule())
                .isEqualTo("exclude SP.03.08 RE(2)");
        assertThat(resolved.item(ItemId.parse("SP.03.08 RE(1)"))
                        .orElseThrow()
                        .scopeDecision()
                        .rule())
                .isEqualTo("include SP.03.08 RE(1)");
        assertThat(excluded(resolved)).contains("SP.01.01 RE(1)", "SP.04.01 RE(1)", "SP.03.08 RE(2)");
    }

    @Test
    void should_let_a_later_profile_of_the_chain_override_an_earlier_one() {
        // when
        ResolvedProfile resolved = resolve(
                "id: parent\n" + HEAD + "exclude:\n  - select: SP.12\n    rationale: not ours\n"
                        + "maturity:\n  - select: SP.03.08 BR\n    level: ML4\n",
                "id: child\ncatalog: tiny@1\ndefaultMaturity: ML3\ninclude: [SP.12.01 BR]\n"
                        + "exclude:\n  - select: SP.01.01 RE(1)\n    rationale: no subcontractors\n");

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(excluded(resolved)).containsExactly("SP.01.01 RE(1)", "SP.12.02 BR");
        ResolvedItem taken = resolved.item(ItemId.parse("SP.12.01 BR")).orElseThrow();
        assertThat(taken.scopeDecision())
                .extracting(Decision::profile, Decision::rule)
                .containsExactly("child", "include SP.12.01 BR");
        assertThat(taken.targetMaturity()).isEqualTo("ML3");
        assertThat(resolved.item(ItemId.parse("SP.03.08 BR")).orElseThrow().targetMaturity())
                .isEqualTo("ML4");
    }

    @Test
    void should_report_each_integrity_rule_with_its_exact_text() {
        // when: an exclusion without rationale, an RE in scope without its BR, a selector for nothing, a bad selector
        resolve("id: p\n" + HEAD + """
                exclude:
                  - select: SP.04.01 BR
                  - select: SP.09
                    rationale: x
                  - select: SP.4
                    rationale: x
                """);

        // then
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "p0.yaml:5:5: error [PB-RATIONALE-MISSING] exclusion of 'SP.04.01 BR' has no rationale",
                                "  hint: add a 'rationale:' that says why the items do not apply"),
                        lines(
                                "p0.yaml:5:5: error [PB-RE-WITHOUT-BR] SP.04.01 RE(1) is in scope (by 'every item (no include rule)'"
                                        + " at p0.yaml:1:1) but its base requirement SP.04.01 BR is excluded (by 'exclude SP.04.01 BR'"
                                        + " at p0.yaml:5:5)",
                                "  hint: an enhancement only adds to its base requirement: include the BR too, or exclude the RE as well"),
                        lines(
                                "p0.yaml:6:5: warning [PB-SELECTOR-UNMATCHED] selector 'SP.09' selects no item of the catalogue",
                                "  hint: correct the selector or remove it"),
                        lines(
                                "p0.yaml:8:5: error [PB-SELECTOR-INVALID] invalid selector \"SP.4\"",
                                "  hint: write a selector as an id ('SP.03.08 RE(2)'), a group ('SP.04'), a glob ('SP.09.*',"
                                        + " 'SP.03.08 RE(*)', 'SP.* BR') or a tag ('tag:backup')"));
    }

    @Test
    void should_report_a_profile_of_another_edition_naming_both_editions() {
        // when
        resolve("id: p\ncatalog: tiny@0\ndefaultMaturity: ML2\n");

        // then
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "p0.yaml:2:1: error [PB-PROFILE-EDITION] profile 'p' is made for tiny@0 but the program follows tiny@1",
                                "  hint: use a profile for tiny@1, or move the program to tiny@0 (set 'catalog:' in program.yaml)"));
    }
}
