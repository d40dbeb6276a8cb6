package io.programbook.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The revision history from Git: a repository made with JGit, two release tags, the documents'
 * revision table with both releases and what changed, the approver and the next review date, the
 * DRAFT mark for a placeholder statement, and byte-identical outputs of two builds of one commit.
 */
public class RevisionHistoryTest {

    static final Path SMALL = Path.of("src/test/resources/golden/small-integrator/program");

    static final String CONTROL = """
            documentControl:
              owner: security-lead
              status: released
              classification: Internal
              approvers:
                - name: Grace Approver
                  role: security-lead
                  date: 2026-06-29
              reviewers:
                - name: Hal Reviewer
                  role: hr
                  date: 2026-06-20
              reviewIntervalMonths: 12
              releaseTags: "v*"
            catalog: iec-62443-2-4@2023
            """;

    @TempDir
    Path tmp;

    @Test
    void should_list_both_releases_with_what_changed_and_mark_a_placeholder_as_draft() throws Exception {
        // given: a repository with releases v1.0 and v1.1, and an uncommitted placeholder
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        try (Git git = Git.init()
                .setDirectory(project.toFile())
                .setInitialBranch("main")
                .call()) {
            release(git, "v1.0", "First release", Instant.parse("2026-01-15T10:00:00Z"));
            edit(
                    program.resolve("statements/sp01.yaml"),
                    t -> t.replace(
                            "  - item: SP.01.02 BR\n    status: partial\n    maturity: ML1",
                            "  - item: SP.01.02 BR\n    status: implemented\n    maturity: ML2"));
            edit(program.resolve("statements/sp12.yaml"), t -> t.substring(0, t.indexOf("  - item: SP.12.05 BR")));
            release(git, "v1.1", "Second release", Instant.parse("2026-03-01T09:30:00Z"));
        }
        edit(
                program.resolve("statements/sp01.yaml"),
                t -> t.replace(
                        "text: Employment contracts carry a confidentiality clause.",
                        "text: |\n      To do: how the organisation meets this item."));

        // when
        GenerateResult result = generate(project, program, project.resolve("target/a"));
        String handbook = Files.readString(project.resolve("target/a/handbook.adoc"));
        String html = Files.readString(project.resolve("target/a/handbook.html"));

        // then
        assertThat(result.warnings()).extracting(Diagnostic::render).noneMatch(w -> w.contains("HISTORY"));
        assertThat(handbook)
                .contains("| 1.0 | 2026-01-15 | Ada Author | First release | First release: ")
                .contains("| 1.1 | 2026-03-01 | Ada Author | Second release | 0 statements added, 1 removed,"
                        + " 1 status change, 1 maturity change; coverage ")
                .contains("| 1.4 | 2026-06-30 |  | Uncommitted changes (not released) | 0 statements added, 0 removed,"
                        + " 0 status changes, 0 maturity changes; coverage ")
                .contains("| Grace Approver | Security lead | 2026-06-29")
                .contains("| Hal Reviewer | HR manager | 2026-06-20")
                .contains("Next review:: 2027-06-30")
                .contains("1 statement still holds the placeholder text of the scaffold")
                .contains("| SP.01.03 BR | src/programbook/statements/sp01.yaml:");
        assertThat(html).contains("class=\"pb-draft-band\"").contains(">DRAFT</div>");
        assertThat(Files.readString(project.resolve("target/a/gap-report.adoc")))
                .contains("== Document control")
                .contains("| 1.1 | 2026-03-01");
        assertThat(Files.readString(project.resolve("target/a/applicability.adoc")))
                .contains("== Document control");

        // and: a second build of the same commit gives the same bytes (the build state removed, so
        // that it renders again rather than finding its outputs up to date)
        Map<String, String> first = contents(project.resolve("target/a"));
        Files.delete(project.resolve("target/a/.programbook-state.json"));
        assertThat(generate(project, program, project.resolve("target/a")).upToDate())
                .isFalse();
        Map<String, String> second = contents(project.resolve("target/a"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        second.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(first.get(name)));
    }

    @Test
    void should_show_a_released_commit_without_draft_mark_or_unreleased_row() throws Exception {
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        try (Git git = Git.init()
                .setDirectory(project.toFile())
                .setInitialBranch("main")
                .call()) {
            release(git, "v1.4", "Release 1.4", Instant.parse("2026-06-30T08:00:00Z"));
        }

        generate(project, program, project.resolve("target/out"));
        String handbook = Files.readString(project.resolve("target/out/handbook.adoc"));
        String html = Files.readString(project.resolve("target/out/handbook.html"));

        assertThat(handbook).contains("| 1.4 | 2026-06-30 | Ada Author | Release 1.4 | First release: ");
        assertThat(handbook).doesNotContain("not released").doesNotContain("This document is a draft");
        assertThat(html).doesNotContain("class=\"pb-draft-band\"");
    }

    @Test
    void should_render_again_when_a_tag_or_commit_is_added_without_any_file_changing() throws Exception {
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        Path output = project.resolve("target/out");
        try (Git git = Git.init()
                .setDirectory(project.toFile())
                .setInitialBranch("main")
                .call()) {
            release(git, "v1.0", "First release", Instant.parse("2026-01-15T10:00:00Z"));
            assertThat(generate(project, program, output).upToDate()).isFalse();
            assertThat(generate(project, program, output).upToDate()).isTrue();

            // a tag on the same commit: the revision history changes, no file does
            PersonIdent ident = new PersonIdent(
                    "Ada Author", "ada@example.org", Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC);
            git.tag()
                    .setName("v1.0.1")
                    .setMessage("Re-release")
                    .setTagger(ident)
                    .setSigned(false)
                    .call();
            assertThat(generate(project, program, output).upToDate()).isFalse();
            assertThat(Files.readString(output.resolve("handbook.adoc"))).contains("| 1.0.1 |");
            assertThat(generate(project, program, output).upToDate()).isTrue();

            // an empty commit moves HEAD past the last release
            git.commit()
                    .setMessage("empty")
                    .setAuthor(ident)
                    .setCommitter(ident)
                    .setSign(false)
                    .call();
            assertThat(generate(project, program, output).upToDate()).isFalse();
            assertThat(Files.readString(output.resolve("handbook.adoc"))).contains("Not released yet (commit ");
        }
    }

    @Test
    void should_put_the_newer_program_s_document_control_into_the_changes_of_a_diff() throws Exception {
        // given: a baseline without document control, and the program in review
        Path project = tmp.resolve("project");
        Path baseline = project.resolve("baseline");
        Files.createDirectories(baseline);
        try (Stream<Path> files = Files.walk(SMALL)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = baseline.resolve(SMALL.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        Path program = copy(project.resolve("src/programbook"));
        edit(program.resolve("program.yaml"), t -> t.replace("status: released", "status: in-review"));

        // when
        Generator.create()
                .diff(new DiffRequest(
                        project,
                        program,
                        project.resolve("target/diff"),
                        Set.of(OutputFormat.ADOC, OutputFormat.HTML),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(baseline),
                        Optional.empty()));

        // then
        assertThat(Files.readString(project.resolve("target/diff/changes.adoc")))
                .contains("== Document control")
                .contains("Status:: In review")
                .contains("| Grace Approver | Security lead | 2026-06-29");
        assertThat(Files.readString(project.resolve("target/diff/changes.html")))
                .contains("class=\"pb-draft-band\"");
    }

    @Test
    void should_warn_at_release_tags_when_no_tag_matches() throws Exception {
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        edit(program.resolve("program.yaml"), t -> t.replace("releaseTags: \"v*\"", "releaseTags: \"release-*\""));
        try (Git git = Git.init()
                .setDirectory(project.toFile())
                .setInitialBranch("main")
                .call()) {
            release(git, "v1.0", "First release", Instant.parse("2026-01-15T10:00:00Z"));
        }

        GenerateResult result = generate(project, program, project.resolve("target/out"));

        assertThat(result.warnings())
                .extracting(Diagnostic::render)
                .anyMatch(w -> w.startsWith("src/programbook/program.yaml:")
                        && w.contains("warning [PB-RELEASE-TAGS-UNMATCHED] no tag of the Git repository matches"
                                + " 'release-*' (its tags: v1.0)"));
    }

    @Test
    void should_warn_and_go_on_when_a_shallow_clone_lacks_a_tagged_commit() throws Exception {
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        RevCommit head;
        try (Git git = Git.init()
                .setDirectory(project.toFile())
                .setInitialBranch("main")
                .call()) {
            head = release(git, "v1.1", "Second release", Instant.parse("2026-03-01T09:30:00Z"));
        }
        // a shallow clone: the boundary commit is recorded, the tag of an older release points at a
        // commit that was not fetched
        Files.writeString(project.resolve(".git/shallow"), head.name() + "\n");
        Files.writeString(project.resolve(".git/refs/tags/v1.0"), "0123456789abcdef0123456789abcdef01234567\n");

        GenerateResult result = generate(project, program, project.resolve("target/out"));

        assertThat(result.warnings())
                .extracting(Diagnostic::render)
                .anyMatch(w -> w.contains("warning [PB-HISTORY-SHALLOW] the Git repository is a shallow clone that"
                        + " lacks the commits of release tag v1.0 (0123456): that release is left out of the"
                        + " revision history"));
        assertThat(Files.readString(project.resolve("target/out/handbook.adoc")))
                .contains("| 1.1 | 2026-03-01")
                .doesNotContain("| 1.0 |");
    }

    @Test
    void should_list_a_release_whose_program_cannot_be_read_without_a_summary() throws Exception {
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        try (Git git = Git.init()
                .setDirectory(project.toFile())
                .setInitialBranch("main")
                .call()) {
            edit(program.resolve("program.yaml"), t -> t.replace("profile: profile.yaml", "profile: no-such-profile"));
            release(git, "v1.0", "Broken release", Instant.parse("2026-01-15T10:00:00Z"));
            edit(program.resolve("program.yaml"), t -> t.replace("profile: no-such-profile", "profile: profile.yaml"));
            release(git, "v1.1", "Second release", Instant.parse("2026-03-01T09:30:00Z"));
        }

        GenerateResult result = generate(project, program, project.resolve("target/out"));

        assertThat(result.warnings())
                .extracting(Diagnostic::render)
                .anyMatch(w -> w.contains("warning [PB-HISTORY-UNREADABLE] the program of release v1.0 (commit ")
                        && w.contains("could not be read: [PB-PROFILE-UNKNOWN]"));
        assertThat(Files.readString(project.resolve("target/out/handbook.adoc")))
                .contains("| 1.0 | 2026-01-15 | Ada Author | Broken release | \n")
                .contains(
                        "| 1.1 | 2026-03-01 | Ada Author | Second release | 18 items in scope, coverage 11.8 % (not compared:");
    }

    @Test
    void should_use_the_written_revisions_outside_a_repository() throws Exception {
        Path project = tmp.resolve("project");
        Path program = copy(project.resolve("src/programbook"));
        edit(program.resolve("program.yaml"), t -> t.replace("  releaseTags: \"v*\"\n", """
                  releaseTags: "v*"
                  revisions:
                    - version: "1.3"
                      date: 2026-01-10
                      author: Ada Author
                      description: Written by hand.
                """));

        GenerateResult result = generate(project, program, project.resolve("target/out"));

        assertThat(result.warnings()).extracting(Diagnostic::render).noneMatch(w -> w.contains("PB-HISTORY"));
        assertThat(Files.readString(project.resolve("target/out/handbook.adoc")))
                .contains("| 1.3 | 2026-01-10 | Ada Author | Written by hand.\n");
    }

    public static Path copy(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SMALL)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(SMALL.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
        edit(target.resolve("program.yaml"), t -> t.replace("catalog: iec-62443-2-4@2023\n", CONTROL));
        return target;
    }

    public static RevCommit release(Git git, String tag, String message, Instant when) throws Exception {
        PersonIdent ident = new PersonIdent("Ada Author", "ada@example.org", when, ZoneOffset.UTC);
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        RevCommit commit = git.commit()
                .setMessage(message + " (commit)")
                .setAuthor(ident)
                .setCommitter(ident)
                .setSign(false)
                .call();
        git.tag()
                .setName(tag)
                .setMessage(message)
                .setTagger(ident)
                .setSigned(false)
                .setAnnotated(true)
                .call();
        return commit;
    }

    static GenerateResult generate(Path project, Path program, Path output) {
        return Generator.create()
                .generate(new GenerateRequest(
                        project,
                        program,
                        output,
                        Optional.empty(),
                        DocumentOptions.of(Set.of(OutputFormat.ADOC, OutputFormat.HTML))));
    }

    public static void edit(Path file, UnaryOperator<String> change) {
        try {
            String before = Files.readString(file);
            String after = change.apply(before);
            assertThat(after).as("edit of %s", file).isNotEqualTo(before);
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(Files::isRegularFile).sorted().toList()) {
                files.put(file.getFileName().toString(), new String(Files.readAllBytes(file), "ISO-8859-1"));
            }
        }
        files.remove(".programbook-state.json");
        return files;
    }
}
