package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** What every goal shares: skipping, the project's folders, the log, and how findings fail the build. */
class AbstractProgrambookMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    /** A goal that runs what it is given and records the log. */
    static final class Goal extends AbstractProgrambookMojo {

        final List<String> log = new ArrayList<>();
        boolean skipThis;
        int runs;
        Supplier<RuntimeException> failure = () -> null;

        Goal() {
            setLog(new SystemStreamLog() {
                @Override
                public void info(CharSequence content) {
                    log.add("[INFO] " + content);
                }

                @Override
                public void warn(CharSequence content) {
                    log.add("[WARNING] " + content);
                }

                @Override
                public void error(CharSequence content) {
                    log.add("[ERROR] " + content);
                }
            });
        }

        @Override
        boolean skipGoal() {
            return skipThis;
        }

        @Override
        void executeGoal() {
            runs++;
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }
    }

    private Goal goal() {
        Goal goal = new Goal();
        goal.locate(base.toFile(), base.resolve("src/programbook").toFile());
        return goal;
    }

    @Test
    void should_run_the_goal_when_nothing_is_skipped() throws Exception {
        Goal goal = goal();

        goal.execute();

        assertThat(goal.runs).isEqualTo(1);
        assertThat(goal.log).isEmpty();
    }

    @Test
    void should_skip_with_the_common_flag_and_with_the_goal_s_own() throws Exception {
        // given
        Goal all = goal();
        all.session(null, true);
        Goal own = goal();
        own.skipThis = true;

        // when
        all.execute();
        own.execute();

        // then
        assertThat(all.runs + own.runs).isZero();
        assertThat(all.log).containsExactly("[INFO] " + AbstractProgrambookMojo.MSG_SKIPPING);
        assertThat(own.log).containsExactly("[INFO] " + AbstractProgrambookMojo.MSG_SKIPPING);
    }

    @Test
    void should_log_every_finding_and_fail_once_with_the_summary() {
        // given
        Goal goal = goal();
        goal.failure = () -> new GeneratorException(List.of(
                Diagnostic.error(
                        Rule.ROLE_UNKNOWN,
                        SourcePosition.of("src/programbook/statements/a.yaml", 3, 5),
                        "unknown role 'ops'",
                        "declare it"),
                Diagnostic.warning(
                        Rule.SELECTOR_UNMATCHED,
                        SourcePosition.of("src/programbook/profile.yaml", 7, 3),
                        "selector 'SP.99' selects nothing",
                        "correct it")));

        // then
        assertThatThrownBy(goal::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("1 error in the program's input, see above");
        assertThat(goal.log)
                .containsExactly(
                        "[WARNING] src/programbook/profile.yaml:7:3: warning [PB-SELECTOR-UNMATCHED] selector 'SP.99' selects nothing"
                                + System.lineSeparator() + "  hint: correct it",
                        "[ERROR] src/programbook/statements/a.yaml:3:5: error [PB-ROLE-UNKNOWN] unknown role 'ops'"
                                + System.lineSeparator() + "  hint: declare it");
    }

    @Test
    void should_log_at_most_the_limit_of_one_rule_and_count_the_rest() {
        // given: 100,000 duplicate statements
        Goal goal = goal();
        List<Diagnostic> duplicates = new ArrayList<>();
        for (int i = 1; i <= 100_000; i++) {
            duplicates.add(Diagnostic.error(
                    Rule.STATEMENT_DUPLICATE,
                    SourcePosition.of("src/programbook/statements/a.yaml", i, 9),
                    "second statement " + i));
        }
        goal.failure = () -> new GeneratorException(duplicates);

        // then
        assertThatThrownBy(goal::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("100000 errors in the program's input, see above");
        assertThat(goal.log).hasSize(Diagnostics.LIMIT_PER_RULE + 1);
        assertThat(goal.log.get(goal.log.size() - 1))
                .isEqualTo("[ERROR] \u2026 and 99,950 more PB-STATEMENT-DUPLICATE findings");
    }

    @Test
    void should_name_the_module_in_a_multi_module_build_where_module_logs_interleave() {
        // given a module of a build started in the parent folder
        Goal goal = goal();
        goal.session(base.getParent().toFile(), false);
        goal.module("alpha");
        goal.failure = () -> new GeneratorException(List.of(Diagnostic.error(
                Rule.ROLE_UNKNOWN,
                SourcePosition.of("src/programbook/statements/a.yaml", 3, 5),
                "unknown role 'ops'",
                "declare it")));

        // then the finding's path starts with the module's folder, and the failure names the module
        assertThatThrownBy(goal::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("alpha: 1 error in the program's input, see above");
        assertThat(goal.log)
                .containsExactly("[ERROR] " + base.getFileName()
                        + "/src/programbook/statements/a.yaml:3:5: error [PB-ROLE-UNKNOWN] unknown role 'ops'"
                        + System.lineSeparator() + "  hint: declare it");
    }

    @Test
    void should_not_name_the_module_when_maven_was_started_in_it() {
        Goal goal = goal();
        goal.session(base.toFile(), false);
        goal.module("alpha");
        goal.failure = () -> new GeneratorException(List.of(Diagnostic.error(
                Rule.ROLE_UNKNOWN, SourcePosition.of("src/programbook/statements/a.yaml", 3, 5), "unknown role", "x")));

        assertThatThrownBy(goal::execute).hasMessage("1 error in the program's input, see above");
        assertThat(goal.log).singleElement().asString().startsWith("[ERROR] src/programbook/statements/a.yaml:3:5:");
    }

    @Test
    void should_fail_with_an_execution_exception_naming_an_unexpected_error() {
        Goal goal = goal();
        goal.failure = () -> new IllegalStateException("a bug");

        assertThatThrownBy(goal::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("Programbook stopped on an unexpected error, a bug to report (run with -e for the stack"
                        + " trace): java.lang.IllegalStateException: a bug")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_fail_with_an_execution_exception_when_a_file_cannot_be_written() {
        Goal goal = goal();
        goal.failure = () ->
                new UncheckedIOException("cannot write target/programbook/handbook.html", new IOException("disk full"));

        assertThatThrownBy(goal::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("cannot write target/programbook/handbook.html");
    }

    @Test
    void should_name_files_relative_to_where_maven_was_started() {
        // given
        Goal module = goal();
        module.session(base.getParent().toFile(), false);
        Goal alone = goal();

        // then
        assertThat(module.shown(base.resolve("target/programbook/handbook.html")))
                .isEqualTo(base.getFileName() + "/target/programbook/handbook.html");
        assertThat(alone.shown(base.resolve("target/programbook/handbook.html")))
                .isEqualTo("target/programbook/handbook.html");
        assertThat(alone.shown(base.resolveSibling("release-3.1/x.adoc")))
                .isEqualTo(base.resolveSibling("release-3.1/x.adoc").toString().replace('\\', '/'));
    }

    @Test
    void should_hand_the_project_s_folders_to_the_goal() {
        Goal goal = goal();

        assertThat(goal.baseDir()).isEqualTo(base);
        assertThat(goal.programDirectory()).isEqualTo(base.resolve("src/programbook"));
    }

    @Test
    void should_format_the_shared_log_lines_and_values() {
        assertThat(AbstractProgrambookMojo.coverage(108, 82, 25, 76.5957))
                .isEqualTo("Programbook: 108 items in scope, 82 covered, 25 with gaps (76.6 % coverage)");
        assertThat(AbstractProgrambookMojo.seconds(1_234_000_000L)).isEqualTo("1.23 s");
        assertThat(AbstractProgrambookMojo.months(12)).contains(Period.ofMonths(12));
        assertThat(AbstractProgrambookMojo.months(null)).isEmpty();
        assertThat(AbstractProgrambookMojo.path(null)).isEmpty();
    }
}
