package io.programbook.core.resolve;

import static io.programbook.core.testutil.Fixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Profile;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile resolution against {@link Fixtures#tinyCatalog()}; profile files are written to a temporary folder. */
class ProfileResolverTest {

    private static final String HEAD = "catalog: tiny@1\ndefaultMaturity: ML2\n";

    @TempDir
    Path base;

    private final Catalog tiny = Fixtures.tinyCatalog();
    private final ProfileResolver resolver = new ProfileResolver();
    private final Diagnostics diagnostics = new Diagnostics();

    private Located<Profile> profile(String file, String yaml) {
        return Fixtures.profile(base, file, yaml);
    }

    private ResolvedProfile resolve(Located<Profile> profile) {
        return resolver.resolve(tiny, List.of(profile), diagnostics);
    }

    private ResolvedProfile resolve(Located<Profile> parent, Located<Profile> child) {
        return resolver.resolve(tiny, List.of(parent, child), diagnostics);
    }

    private static ResolvedItem item(ResolvedProfile resolved, String id) {
        return resolved.item(ItemId.parse(id)).orElseThrow();
    }

    private static List<String> inScope(ResolvedProfile resolved) {
        return resolved.inScope().stream().map(i -> i.item().id().toString()).toList();
    }

    private List<String> rendered() {
        return diagnostics.all().stream().map(Diagnostic::render).toList();
    }

    private static SourcePosition at(String file, int line, int column) {
        return SourcePosition.of(file, line, column);
    }

    @Test
    void should_include_every_item_at_the_default_maturity_when_there_is_no_include_rule() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD);

        // when
        ResolvedProfile resolved = resolve(p);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(resolved.items()).hasSize(11).allSatisfy(i -> {
            assertThat(i.inScope()).isTrue();
            assertThat(i.rationale()).isEmpty();
            assertThat(i.targetMaturity()).isEqualTo("ML2");
            assertThat(i.scopeDecision()).isEqualTo(Decision.everyItem("base", at("base.yaml", 1, 1)));
            assertThat(i.maturityDecision()).isEqualTo(Decision.defaultMaturity("base", "ML2", at("base.yaml", 3, 1)));
        });
        assertThat(resolved.excluded()).isEmpty();
        assertThat(resolved.profile().id()).isEqualTo("base");
        assertThat(item(resolved, "SP.04.01 BR").group().name()).isEqualTo("Wireless");
    }

    @Test
    void should_exclude_selected_items_with_their_rationale() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                exclude:
                  - select: SP.04
                    rationale: Our solutions have no wireless.
                """);

        // when
        ResolvedProfile resolved = resolve(p);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(resolved.excluded())
                .extracting(i -> i.item().id().toString())
                .containsExactly("SP.04.01 BR", "SP.04.01 RE(1)");
        assertThat(item(resolved, "SP.04.01 RE(1)").rationale()).isEqualTo("Our solutions have no wireless.");
        assertThat(item(resolved, "SP.04.01 RE(1)").scopeDecision())
                .isEqualTo(Decision.exclude("base", "SP.04", at("base.yaml", 5, 5)));
    }

    @Test
    void should_report_an_exclusion_without_rationale() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + "exclude:\n  - select: SP.04\n");

        // when
        resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "base.yaml:5:5: error [PB-RATIONALE-MISSING] exclusion of 'SP.04' has no rationale",
                        "  hint: add a 'rationale:' that says why the items do not apply"));
    }

    @Test
    void should_restrict_scope_to_the_include_list() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + "include: [SP.01, SP.12.01 BR]\n");

        // when
        ResolvedProfile resolved = resolve(p);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(inScope(resolved)).containsExactly("SP.01.01 BR", "SP.01.01 RE(1)", "SP.01.02 BR", "SP.12.01 BR");
        assertThat(item(resolved, "SP.12.01 BR").scopeDecision())
                .isEqualTo(Decision.include("base", "SP.12.01 BR", at("base.yaml", 4, 18)));
        ResolvedItem notSelected = item(resolved, "SP.03.01 BR");
        assertThat(notSelected.rationale()).isEqualTo("Not selected by the include rules of profile base.");
        assertThat(notSelected.scopeDecision()).isEqualTo(Decision.notSelected("base", at("base.yaml", 4, 1)));
    }

    @Test
    void should_let_the_more_specific_rule_win_within_a_profile() {
        // given: a child of an include-all profile, so its include rules only take items back
        Located<Profile> parent = profile("base.yaml", "id: base\n" + HEAD);
        Located<Profile> child = profile("child.yaml", """
                id: child
                catalog: tiny@1
                include:
                  - SP.03
                  - SP.12.01 BR
                  - SP.0* BR
                exclude:
                  - select: SP.03.08 RE(*)
                    rationale: Enhancements beat areas.
                  - select: tag:backup
                    rationale: Exact ids beat tags.
                  - select: SP.04
                    rationale: Areas beat broad globs.
                """);

        // when
        ResolvedProfile resolved = resolve(parent, child);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(resolved.excluded())
                .extracting(i -> i.item().id().toString())
                .containsExactly("SP.03.08 RE(1)", "SP.03.08 RE(2)", "SP.04.01 BR", "SP.04.01 RE(1)", "SP.12.02 BR");
        assertThat(item(resolved, "SP.03.08 BR").scopeDecision().rule()).isEqualTo("include SP.03");
        assertThat(item(resolved, "SP.03.08 RE(1)").scopeDecision().rule()).isEqualTo("exclude SP.03.08 RE(*)");
        assertThat(item(resolved, "SP.12.01 BR").scopeDecision().rule()).isEqualTo("include SP.12.01 BR");
        assertThat(item(resolved, "SP.12.02 BR").rationale()).isEqualTo("Exact ids beat tags.");
        assertThat(item(resolved, "SP.04.01 BR").scopeDecision().rule()).isEqualTo("exclude SP.04");
    }

    @Test
    void should_let_a_child_exclude_an_area_but_keep_one_requirement() {
        // given
        Located<Profile> parent = profile("base.yaml", "id: base\n" + HEAD);
        Located<Profile> child = profile("child.yaml", """
                id: child
                catalog: tiny@1
                exclude:
                  - select: SP.03
                    rationale: We do no architecture work.
                include:
                  - SP.03.01 BR
                """);

        // when
        ResolvedProfile resolved = resolve(parent, child);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(inScope(resolved))
                .contains("SP.01.01 BR", "SP.03.01 BR", "SP.12.02 BR")
                .doesNotContain("SP.03.08 BR", "SP.03.08 RE(1)", "SP.03.08 RE(2)");
        assertThat(item(resolved, "SP.03.01 BR").scopeDecision())
                .isEqualTo(Decision.include("child", "SP.03.01 BR", at("child.yaml", 7, 5)));
        assertThat(item(resolved, "SP.03.08 BR").scopeDecision())
                .isEqualTo(Decision.exclude("child", "SP.03", at("child.yaml", 4, 5)));
        assertThat(item(resolved, "SP.01.01 BR").scopeDecision().profile()).isEqualTo("base");
    }

    @Test
    void should_report_an_include_and_exclude_of_the_same_specificity_once_naming_both_positions() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                include:
                  - SP.03
                exclude:
                  - select: SP.03.*
                    rationale: x
                """);

        // when
        resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "base.yaml:7:5: error [PB-SELECTOR-CONFLICT] 'exclude SP.03.*' and 'include SP.03' (at base.yaml:5:5) both"
                                + " select SP.03.01 BR with the same specificity",
                        "  hint: remove one of the two rules, or make one of them more specific"));
    }

    @Test
    void should_report_a_conflict_between_two_exact_rules() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                include: [SP.03.08 BR, SP.01.01 BR]
                exclude:
                  - select: SP.03.08 BR
                    rationale: x
                """);

        // when
        resolve(p);

        // then
        assertThat(diagnostics.all())
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "base.yaml:6:5: error [PB-SELECTOR-CONFLICT] 'exclude SP.03.08 BR' and 'include SP.03.08 BR' (at base.yaml:4:11)"
                                + " both select SP.03.08 BR with the same specificity");
    }

    @Test
    void should_set_target_maturity_by_the_most_specific_rule_else_the_default() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                maturity:
                  - select: SP.03.*
                    level: ML3
                  - select: SP.03.08 RE(*)
                    level: ML4
                """);

        // when
        ResolvedProfile resolved = resolve(p);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(item(resolved, "SP.01.01 BR").targetMaturity()).isEqualTo("ML2");
        assertThat(item(resolved, "SP.03.08 BR").targetMaturity()).isEqualTo("ML3");
        assertThat(item(resolved, "SP.03.08 BR").maturityDecision())
                .isEqualTo(Decision.maturity("base", "SP.03.*", "ML3", at("base.yaml", 5, 5)));
        assertThat(item(resolved, "SP.03.08 RE(2)").targetMaturity()).isEqualTo("ML4");
        assertThat(item(resolved, "SP.03.08 RE(2)").maturityDecision())
                .isEqualTo(Decision.maturity("base", "SP.03.08 RE(*)", "ML4", at("base.yaml", 7, 5)));
    }

    @Test
    void should_let_a_child_override_its_parents_maturity() {
        // given
        Located<Profile> parent = profile("base.yaml", "id: base\n" + HEAD + """
                maturity:
                  - select: SP.03.08 RE(*)
                    level: ML4
                  - select: SP.12
                    level: ML3
                """);
        Located<Profile> child = profile("child.yaml", """
                id: child
                catalog: tiny@1
                defaultMaturity: ML1
                maturity:
                  - select: SP.03.*
                    level: ML3
                """);

        // when
        ResolvedProfile resolved = resolve(parent, child);

        // then: the child's default replaces the parent's default, its rule replaces the parent's rule
        assertThat(diagnostics.all()).isEmpty();
        assertThat(item(resolved, "SP.01.01 BR").targetMaturity()).isEqualTo("ML1");
        assertThat(item(resolved, "SP.01.01 BR").maturityDecision())
                .isEqualTo(Decision.defaultMaturity("child", "ML1", at("child.yaml", 3, 1)));
        assertThat(item(resolved, "SP.03.08 RE(1)").targetMaturity()).isEqualTo("ML3");
        assertThat(item(resolved, "SP.03.08 RE(1)").maturityDecision())
                .isEqualTo(Decision.maturity("child", "SP.03.*", "ML3", at("child.yaml", 5, 5)));
        // and a parent's rule still beats the child's default
        assertThat(item(resolved, "SP.12.01 BR").targetMaturity()).isEqualTo("ML3");
        assertThat(item(resolved, "SP.12.01 BR").maturityDecision().profile()).isEqualTo("base");
    }

    @Test
    void should_let_a_later_profile_take_an_item_back_into_scope() {
        // given
        Located<Profile> parent = profile("base.yaml", "id: base\n" + HEAD + """
                exclude:
                  - select: SP.04
                    rationale: No wireless.
                """);
        Located<Profile> child = profile("child.yaml", "id: child\ncatalog: tiny@1\ninclude: [SP.04]\n");

        // when
        ResolvedProfile resolved = resolve(parent, child);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(item(resolved, "SP.04.01 RE(1)").inScope()).isTrue();
        assertThat(item(resolved, "SP.04.01 RE(1)").rationale()).isEmpty();
        assertThat(item(resolved, "SP.04.01 RE(1)").scopeDecision())
                .isEqualTo(Decision.include("child", "SP.04", at("child.yaml", 3, 11)));
        assertThat(resolved.profiles()).extracting(Profile::id).containsExactly("base", "child");
    }

    @Test
    void should_report_a_conflicting_maturity_of_the_same_specificity() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                maturity:
                  - select: SP.03
                    level: ML3
                  - select: SP.03.*
                    level: ML4
                """);

        // when
        resolve(p);

        // then
        assertThat(diagnostics.all())
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "base.yaml:7:5: error [PB-SELECTOR-CONFLICT] 'maturity SP.03.* ML4' and 'maturity SP.03 ML3' (at base.yaml:5:5)"
                                + " both set the maturity of SP.03.01 BR with the same specificity");
    }

    @Test
    void should_report_an_unknown_default_maturity_level() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\ncatalog: tiny@1\ndefaultMaturity: ML9\n");

        // when
        resolve(p);

        // then: one finding, where the level is written
        assertThat(rendered())
                .containsExactly(lines(
                        "base.yaml:3:1: error [PB-MATURITY-UNKNOWN] unknown maturity level 'ML9'",
                        "  hint: use one of: ML1, ML2, ML3, ML4"));
    }

    @Test
    void should_report_an_unknown_maturity_level_of_a_rule() {
        // given
        Located<Profile> p =
                profile("base.yaml", "id: base\n" + HEAD + "maturity:\n  - select: SP.03\n    level: level-3\n");

        // when
        ResolvedProfile resolved = resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "base.yaml:6:5: error [PB-MATURITY-UNKNOWN] unknown maturity level 'level-3'",
                        "  hint: use one of: ML1, ML2, ML3, ML4"));
        assertThat(item(resolved, "SP.03.01 BR").targetMaturity()).isEqualTo("ML2");
    }

    @Test
    void should_require_a_default_maturity_somewhere_in_the_chain() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\ncatalog: tiny@1\n");

        // when
        resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "base.yaml:1:1: error [PB-FIELD-REQUIRED] no profile of the chain sets 'defaultMaturity'",
                        "  hint: add 'defaultMaturity: ML2' (or another level) to base.yaml"));
    }

    @Test
    void should_report_a_profile_made_for_another_edition_naming_both() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\ncatalog: tiny@2\ndefaultMaturity: ML2\n");

        // when
        resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "base.yaml:2:1: error [PB-PROFILE-EDITION] profile 'base' is made for tiny@2 but the program follows tiny@1",
                                "  hint: use a profile for tiny@1, or move the program to tiny@2 (set 'catalog:' in program.yaml)"));
    }

    @Test
    void should_report_a_bundled_2023_profile_used_with_the_2015_catalogue() {
        // given
        ProgramBuilder builder = Fixtures.program(base)
                .without("profile.yaml")
                .programYaml(ProgramBuilder.DEFAULT_PROGRAM
                        .replace("iec-62443-2-4@2023", "iec-62443-2-4@2015+AMD1:2017")
                        .replace("profile.yaml", "all-of-2-4"));
        var inputs = builder.load();

        // when
        resolver.resolve(inputs.catalog(), inputs.profiles(), diagnostics);

        // then
        assertThat(rendered())
                .containsExactly(lines(
                        "classpath:programbook/profiles/all-of-2-4.yaml:5:1: error [PB-PROFILE-EDITION] bundled profile"
                                + " 'all-of-2-4' is made for iec-62443-2-4@2023 but the program follows"
                                + " iec-62443-2-4@2015+AMD1:2017",
                        "  hint: name 'all-of-2-4-2015' instead, the bundled profile that tailors"
                                + " iec-62443-2-4@2015+AMD1:2017 the same way"));
    }

    @Test
    void should_report_an_enhancement_in_scope_whose_base_requirement_is_excluded() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                exclude:
                  - select: SP.03.08 BR
                    rationale: Not ours.
                """);

        // when
        resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "base.yaml:5:5: error [PB-RE-WITHOUT-BR] SP.03.08 RE(1) is in scope (by 'every item (no include rule)'"
                                        + " at base.yaml:1:1) but its base requirement SP.03.08 BR is excluded (by 'exclude SP.03.08 BR'"
                                        + " at base.yaml:5:5)",
                                "  hint: an enhancement only adds to its base requirement: include the BR too, or exclude the RE as well"),
                        lines(
                                "base.yaml:5:5: error [PB-RE-WITHOUT-BR] SP.03.08 RE(2) is in scope (by 'every item (no include rule)'"
                                        + " at base.yaml:1:1) but its base requirement SP.03.08 BR is excluded (by 'exclude SP.03.08 BR'"
                                        + " at base.yaml:5:5)",
                                "  hint: an enhancement only adds to its base requirement: include the BR too, or exclude the RE as well"));
    }

    @Test
    void should_point_an_enhancement_without_its_base_requirement_at_the_rule_written_last() {
        // given: the parent includes the RE explicitly, the child excludes its BR; another child includes an RE again
        Located<Profile> parent = profile("parent.yaml", "id: parent\n" + HEAD + """
                include: [SP.03, SP.04.01 RE(1)]
                exclude:
                  - select: SP.04
                    rationale: No wireless.
                """);
        Located<Profile> child = profile("child.yaml", "id: child\nextends: [parent]\n" + HEAD + """
                include: [SP.04.01 RE(1)]
                exclude:
                  - select: SP.03.08 BR
                    rationale: Not ours.
                  - select: SP.03.08 RE(2)
                    rationale: Not ours.
                """);

        // when
        resolve(parent, child);

        // then: the RE kept by a parent rule is reported at the child's exclusion of its BR, the RE the child
        // includes itself at that include
        assertThat(diagnostics.all())
                .extracting(d -> d.at() + " " + d.message())
                .containsExactly(
                        "child.yaml:5:11 SP.04.01 RE(1) is in scope (by 'include SP.04.01 RE(1)' at child.yaml:5:11) but its base"
                                + " requirement SP.04.01 BR is excluded (by 'exclude SP.04' at parent.yaml:6:5)",
                        "child.yaml:7:5 SP.03.08 RE(1) is in scope (by 'include SP.03' at parent.yaml:4:11) but its base"
                                + " requirement SP.03.08 BR is excluded (by 'exclude SP.03.08 BR' at child.yaml:7:5)");
    }

    @Test
    void should_accept_excluding_an_enhancement_while_keeping_its_base_requirement() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                exclude:
                  - select: SP.03.08 RE(*)
                    rationale: Not ours.
                """);

        // when
        ResolvedProfile resolved = resolve(p);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(item(resolved, "SP.03.08 BR").inScope()).isTrue();
    }

    @Test
    void should_warn_about_selectors_that_select_nothing() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                exclude:
                  - select: SP.07
                    rationale: x
                maturity:
                  - select: tag:wireless
                    level: ML3
                """);

        // when
        resolve(p);

        // then
        assertThat(diagnostics.hasErrors()).isFalse();
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "base.yaml:5:5: warning [PB-SELECTOR-UNMATCHED] selector 'SP.07' selects no item of the catalogue",
                                "  hint: correct the selector or remove it"),
                        lines(
                                "base.yaml:8:5: warning [PB-SELECTOR-UNMATCHED] selector 'tag:wireless' selects no item of the catalogue",
                                "  hint: correct the selector or remove it"));
    }

    @Test
    void should_report_an_invalid_selector_with_its_canonical_spelling() {
        // given
        Located<Profile> p = profile("base.yaml", "id: base\n" + HEAD + """
                exclude:
                  - select: SP.3.8 BR
                    rationale: x
                include:
                  - SP.0?
                """);

        // when
        resolve(p);

        // then
        assertThat(rendered())
                .containsExactly(
                        lines(
                                "base.yaml:5:5: error [PB-SELECTOR-INVALID] invalid selector \"SP.3.8 BR\"",
                                "  hint: did you mean 'SP.03.08 BR'?"),
                        lines(
                                "base.yaml:8:5: error [PB-SELECTOR-INVALID] invalid selector \"SP.0?\"",
                                "  hint: write a selector as an id ('SP.03.08 RE(2)'), a group ('SP.04'), a glob ('SP.09.*',"
                                        + " 'SP.03.08 RE(*)', 'SP.* BR') or a tag ('tag:backup')"));
    }

    @Test
    void should_merge_parameters_with_the_child_winning() {
        // given
        Located<Profile> parent = profile(
                "base.yaml",
                "id: base\n" + HEAD + "parameters:\n  review-interval-months: 12\n  password-length: 12\n");
        Located<Profile> child = profile(
                "child.yaml",
                "id: child\ncatalog: tiny@1\n" + "parameters:\n  review-interval-months: 6\n  site: Hamburg\n");

        // when
        ResolvedProfile resolved = resolve(parent, child);

        // then
        assertThat(resolved.parameters())
                .containsOnly(
                        Assertions.entry("review-interval-months", "6"),
                        Assertions.entry("password-length", "12"),
                        Assertions.entry("site", "Hamburg"));
    }

    @Test
    void should_resolve_a_program_that_extends_a_bundled_profile() {
        // given
        ProgramBuilder builder = Fixtures.program(base).profileYaml("""
                id: own
                catalog: iec-62443-2-4@2023
                extends: [integration-no-sis-no-wireless]
                maturity:
                  - select: tag:backup
                    level: ML3
                """);
        var inputs = builder.load();

        // when
        ResolvedProfile resolved = resolver.resolve(inputs.catalog(), inputs.profiles(), diagnostics);

        // then
        assertThat(diagnostics.all()).isEmpty();
        assertThat(resolved.profiles())
                .extracting(Profile::id)
                .containsExactly("all-of-2-4", "integration-no-sis-no-wireless", "own");
        assertThat(resolved.inScope()).hasSize(123 - 6 - 12);
        ResolvedItem wireless = item(resolved, "SP.04.01 BR");
        assertThat(wireless.scopeDecision().profile()).isEqualTo("integration-no-sis-no-wireless");
        assertThat(wireless.scopeDecision().at().file())
                .isEqualTo("classpath:programbook/profiles/integration-no-sis-no-wireless.yaml");
        assertThat(item(resolved, "SP.12.01 BR").targetMaturity()).isEqualTo("ML3");
        assertThat(item(resolved, "SP.12.01 BR").maturityDecision())
                .isEqualTo(Decision.maturity("own", "tag:backup", "ML3", at("src/programbook/profile.yaml", 5, 5)));
        assertThat(item(resolved, "SP.01.01 BR").maturityDecision().rule()).isEqualTo("defaultMaturity ML2");
    }
}
