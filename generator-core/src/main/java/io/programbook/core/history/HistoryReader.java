package io.programbook.core.history;

import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.Severity;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.model.DocumentControl;
import io.programbook.core.model.Program;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the program's revision history from the Git repository its folder lies in, with JGit (no
 * git executable): every tag matching {@code documentControl.releaseTags} is a release; the
 * program folder of each release is read from the tagged commit's tree and compared with the
 * previous release's by the diff. Nothing depends on the clock: a release's date is its commit's
 * time, and a work tree with uncommitted changes is marked so.
 */
public final class HistoryReader<S> {

    /**
     * What the pipeline does with a release's program: load, resolve and trace it into a snapshot
     * (throwing {@link GeneratorException} when it cannot), count it, compare two of them.
     *
     * @param <S> the snapshot of a program
     */
    public interface Snapshots<S> {

        S load(Path programDir, String label);

        Release.Totals totals(S snapshot);

        Release.Summary compare(S older, S newer);
    }

    private final Snapshots<S> snapshots;

    public HistoryReader(Snapshots<S> snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The history of the program, or {@link History#none()} when the program reads no tags
     * ({@code releaseTags} unset, or the written revisions replace Git's) or its folder is outside
     * any Git repository. Problems become warnings; nothing here fails a build.
     *
     * @param current the program being built, compared with the last release
     */
    public History read(Path programDir, Located<Program> program, S current, Diagnostics diagnostics) {
        Optional<DocumentControl> control = program.value().control();
        if (control.isEmpty() || !control.get().readsGit()) {
            return History.none();
        }
        try (Repository repository = open(programDir)) {
            if (repository == null) {
                return History.none();
            }
            return read(repository, programDir, control.get().releaseTags(), program, current, diagnostics);
        } catch (IOException | GitAPIException e) {
            diagnostics.add(Diagnostic.warning(
                    Rule.HISTORY_UNREADABLE,
                    program.position("documentControl/releaseTags"),
                    "the Git repository of the program folder could not be read (" + e.getMessage()
                            + "); the revision history holds the written revisions only",
                    "check the repository with 'git fsck'; the current documents are not affected"));
            return History.none();
        }
    }

    /** The repository whose work tree holds the folder; null when there is none. */
    static Repository open(Path folder) throws IOException {
        FileRepositoryBuilder builder =
                new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        Repository repository = builder.setMustExist(true).build();
        if (repository.isBare()) {
            repository.close();
            return null;
        }
        return repository;
    }

    private History read(
            Repository repository,
            Path programDir,
            String pattern,
            Located<Program> program,
            S current,
            Diagnostics diagnostics)
            throws IOException, GitAPIException {
        SourcePosition tagsAt = program.position("documentControl/releaseTags");
        String folder = folder(repository, programDir);
        boolean shallow = !repository.getObjectDatabase().getShallowCommits().isEmpty();
        Pattern glob = glob(pattern);
        List<Ref> tags = repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                .filter(r -> glob.matcher(r.getName().substring(Constants.R_TAGS.length()))
                        .matches())
                .sorted(Comparator.comparing(Ref::getName))
                .toList();
        if (tags.isEmpty()) {
            if (shallow) {
                diagnostics.warning(
                        Rule.HISTORY_SHALLOW,
                        tagsAt,
                        "the Git repository is a shallow clone without any tag matching '" + pattern
                                + "': the revision history has no release from Git",
                        Rule.HISTORY_SHALLOW.hint());
            } else {
                List<String> all = repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                        .map(r -> r.getName().substring(Constants.R_TAGS.length()))
                        .sorted()
                        .toList();
                diagnostics.warning(
                        Rule.RELEASE_TAGS_UNMATCHED,
                        tagsAt,
                        "no tag of the Git repository matches '" + pattern + "'"
                                + (all.isEmpty()
                                        ? " (the repository has no tags)"
                                        : " (its tags: "
                                                + String.join(
                                                        ", ",
                                                        all.stream().limit(10).toList())
                                                + (all.size() > 10 ? ", …" : "") + ")"),
                        Rule.RELEASE_TAGS_UNMATCHED.hint());
            }
        }
        List<Tagged> tagged = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : tags) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                try {
                    RevObject object = walk.parseAny(ref.getObjectId());
                    String message = "";
                    if (object instanceof RevTag tag) {
                        message = tag.getFullMessage();
                        object = walk.peel(tag);
                    }
                    if (object instanceof RevCommit commit) {
                        walk.parseBody(commit);
                        tagged.add(new Tagged(name, commit, message.isBlank() ? commit.getShortMessage() : message));
                    }
                } catch (MissingObjectException e) {
                    missing.add(name + " (" + e.getObjectId().abbreviate(7).name() + ")");
                }
            }
            if (!missing.isEmpty()) {
                diagnostics.warning(
                        Rule.HISTORY_SHALLOW,
                        tagsAt,
                        "the Git repository " + (shallow ? "is a shallow clone that " : "") + "lacks the commits of "
                                + (missing.size() == 1 ? "release tag " : "release tags ") + String.join(", ", missing)
                                + ": " + (missing.size() == 1 ? "that release is" : "those releases are")
                                + " left out of the revision history",
                        Rule.HISTORY_SHALLOW.hint());
            }
            tagged.sort(Comparator.comparing((Tagged t) -> t.commit().getCommitTime())
                    .thenComparing(Tagged::name));
            List<Release> releases = new ArrayList<>();
            Optional<S> previous = Optional.empty();
            for (Tagged t : tagged) {
                Optional<S> snapshot = snapshot(repository, t, folder, tagsAt, diagnostics);
                Optional<Release.Summary> changes =
                        previous.flatMap(before -> snapshot.map(after -> snapshots.compare(before, after)));
                releases.add(new Release(
                        t.name(),
                        t.commit().abbreviate(7).name(),
                        date(t.commit()),
                        t.commit().getAuthorIdent().getName(),
                        t.message(),
                        snapshot.map(snapshots::totals),
                        changes));
                previous = snapshot;
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            boolean uncommitted = uncommitted(repository, folder);
            boolean atLastRelease = !tagged.isEmpty()
                    && head != null
                    && tagged.get(tagged.size() - 1).commit().equals(head);
            boolean unreleased = uncommitted || !atLastRelease;
            Optional<Release.Summary> since = unreleased && !tagged.isEmpty()
                    ? previous.map(before -> snapshots.compare(before, current))
                    : Optional.empty();
            return new History(
                    releases,
                    uncommitted,
                    unreleased,
                    since,
                    head == null ? "" : head.abbreviate(7).name());
        }
    }

    private record Tagged(String name, RevCommit commit, String message) {}

    /** The commit's date in the committer's time zone. */
    private static LocalDate date(RevCommit commit) {
        var ident = commit.getCommitterIdent();
        return LocalDate.ofInstant(ident.getWhenAsInstant(), ident.getZoneId());
    }

    /** The program folder relative to the work tree, with {@code /}; empty when it is the work tree. */
    private static String folder(Repository repository, Path programDir) throws IOException {
        Path root = repository.getWorkTree().toPath().toRealPath();
        Path relative = root.relativize(programDir.toRealPath());
        return slashes(relative);
    }

    /** Whether the program folder differs from HEAD: modified, added, removed or untracked files. */
    private static boolean uncommitted(Repository repository, String folder) throws GitAPIException {
        try (Git git = new Git(repository)) {
            StatusCommand status = git.status();
            if (!folder.isEmpty()) {
                status.addPath(folder);
            }
            return !status.call().isClean();
        }
    }

    /**
     * Reads and traces the program folder of a release from its commit's tree, through a temporary
     * folder; a release whose program cannot be read is a warning and has no summary.
     */
    private Optional<S> snapshot(
            Repository repository, Tagged tagged, String folder, SourcePosition tagsAt, Diagnostics diagnostics)
            throws IOException {
        Path temp = Files.createTempDirectory("programbook-release-");
        try {
            Path dir = temp.resolve("program");
            Files.createDirectories(dir);
            int files = extract(repository, tagged.commit(), folder, dir);
            if (files == 0) {
                diagnostics.warning(
                        Rule.HISTORY_UNREADABLE,
                        tagsAt,
                        "release " + tagged.name() + " (commit "
                                + tagged.commit().abbreviate(7).name()
                                + ") has no program folder '" + (folder.isEmpty() ? "." : folder)
                                + "': it is listed without a summary of what changed",
                        Rule.HISTORY_UNREADABLE.hint());
                return Optional.empty();
            }
            try {
                return Optional.of(snapshots.load(dir, tagged.name()));
            } catch (GeneratorException e) {
                String first = e.diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .findFirst()
                        .map(d -> "[" + d.rule().code() + "] " + d.message())
                        .orElse(e.getMessage());
                diagnostics.warning(
                        Rule.HISTORY_UNREADABLE,
                        tagsAt,
                        "the program of release " + tagged.name() + " (commit "
                                + tagged.commit().abbreviate(7).name() + ") could not be read: " + first
                                + "; the release is listed without a summary of what changed",
                        Rule.HISTORY_UNREADABLE.hint());
                return Optional.empty();
            }
        } finally {
            delete(temp);
        }
    }

    /** Writes the files under {@code folder} of the commit's tree into {@code target}; returns how many. */
    private static int extract(Repository repository, RevCommit commit, String folder, Path target) throws IOException {
        int count = 0;
        try (TreeWalk walk = new TreeWalk(repository);
                ObjectReader reader = repository.newObjectReader()) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!folder.isEmpty()) {
                walk.setFilter(PathFilter.create(folder));
            }
            String prefix = folder.isEmpty() ? "" : folder + "/";
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue; // symbolic links and submodules are no part of a program
                }
                String path = walk.getPathString();
                if (!path.startsWith(prefix)) {
                    continue;
                }
                Path file = target.resolve(path.substring(prefix.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    reader.open(walk.getObjectId(0)).copyTo(out);
                }
                count++;
            }
        }
        return count;
    }

    private static void delete(Path temp) {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tag glob as a pattern: {@code *} any characters, {@code ?} one, everything else literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (!literal.isEmpty()) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (!literal.isEmpty()) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString());
    }

    /** A relative path's names joined with {@code /}, whatever the platform's separator. */
    private static String slashes(Path relative) {
        return relative.toString().isEmpty()
                ? ""
                : Stream.iterate(0, i -> i < relative.getNameCount(), i -> i + 1)
                        .map(i -> relative.getName(i).toString())
                        .collect(Collectors.joining("/"));
    }

    /** The state of the repository that decides the history: HEAD, and every tag's target. */
    public static String fingerprint(Path programDir) {
        try (Repository repository = open(programDir)) {
            if (repository == null) {
                return "";
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            StringBuilder state = new StringBuilder("HEAD ").append(head == null ? "none" : head.name());
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS).stream()
                    .sorted(Comparator.comparing(Ref::getName))
                    .toList()) {
                state.append('\n')
                        .append(ref.getName())
                        .append(' ')
                        .append(ref.getObjectId().name());
            }
            Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
            shallow.stream()
                    .map(ObjectId::name)
                    .sorted()
                    .forEach(id -> state.append("\nshallow ").append(id));
            return state.toString();
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }
}
