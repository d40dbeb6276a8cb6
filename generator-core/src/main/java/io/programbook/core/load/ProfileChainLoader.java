package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a profile and everything it {@code extends}, and orders the chain: depth first, parents in
 * the order listed, each profile once, every profile after all of its parents. A cycle is an error
 * naming every profile of the cycle with the position of its {@code extends} entry.
 */
final class ProfileChainLoader {

    private final YamlReader reader;
    private final Path baseDir;
    private final Path programDir;
    private final List<SourceFile> files;
    private final Map<String, Located<Profile>> done = new LinkedHashMap<>();
    /** Profile ids seen so far, with where each is declared: two files must not share one. */
    private final Map<String, SourcePosition> ids = new LinkedHashMap<>();
    /** The profiles whose parents are being visited (the frames of the stack): one named again closes a cycle. */
    private final Set<String> visiting = new HashSet<>();

    ProfileChainLoader(YamlReader reader, Path baseDir, Path programDir, List<SourceFile> files) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.programDir = programDir;
        this.files = files;
    }

    List<Located<Profile>> load(
            String reference, Path relativeTo, SourcePosition referencedAt, Diagnostics diagnostics) {
        // Depth first without recursion, so that a chain of any length cannot overflow the stack: the
        // frames are the profiles whose parents are being visited, the program's own profile first.
        List<Frame> stack = new ArrayList<>();
        open(reference, relativeTo, referencedAt, stack, diagnostics).ifPresent(stack::add);
        while (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            List<String> parents = top.located().value().parents();
            if (top.next < parents.size()) {
                int i = top.next++;
                top.extendsAt = top.located().position("extends/" + i);
                open(parents.get(i), top.folder(), top.extendsAt, stack, diagnostics)
                        .ifPresent(stack::add);
            } else {
                stack.remove(stack.size() - 1);
                visiting.remove(top.key());
                done.putIfAbsent(top.key(), top.located());
            }
        }
        return List.copyOf(done.values());
    }

    /** A profile whose parents are being visited: the one at {@code next}, written at {@code extendsAt}. */
    private static final class Frame {
        private final String key;
        private final Located<Profile> located;
        private final Path folder;
        private int next;
        private SourcePosition extendsAt;

        Frame(String key, Located<Profile> located, Path folder) {
            this.key = key;
            this.located = located;
            this.folder = folder;
        }

        String key() {
            return key;
        }

        Located<Profile> located() {
            return located;
        }

        Path folder() {
            return folder;
        }

        String name() {
            return located.value().id();
        }
    }

    /**
     * Reads the profile a reference names, unless it cannot be found or read, closes a cycle with the
     * profiles being visited, or was read before: then empty.
     */
    private Optional<Frame> open(
            String reference,
            Path relativeTo,
            SourcePosition referencedAt,
            List<Frame> stack,
            Diagnostics diagnostics) {
        if (isPath(reference)) {
            Optional<Path> inside =
                    ProgramFolder.resolve(programDir, relativeTo, reference, "profile", referencedAt, diagnostics);
            if (inside.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<SourceFile> source = locate(reference, relativeTo);
        if (source.isEmpty()) {
            diagnostics.error(
                    Rule.PROFILE_UNKNOWN,
                    referencedAt,
                    "unknown profile '" + reference + "'",
                    "name a profile file relative to "
                            + SourceFile.of(relativeTo, baseDir).displayName() + " or a bundled profile: "
                            + String.join(", ", BundledData.PROFILES));
            return Optional.empty();
        }
        String key = source.get().displayName();
        if (visiting.contains(key)) {
            reportCycle(key, referencedAt, stack, diagnostics);
            return Optional.empty();
        }
        if (done.containsKey(key)) {
            return Optional.empty();
        }
        files.add(source.get());
        Optional<YamlDocument> doc = reader.read(source.get(), InputKind.PROFILE, diagnostics);
        Optional<Profile> profile = doc.flatMap(d -> reader.bind(d, "", Profile.class, "profile", diagnostics));
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        Located<Profile> located = new Located<>(profile.get(), doc.get().locate(""));
        SourcePosition first = ids.putIfAbsent(profile.get().id(), located.position("id"));
        if (first != null) {
            diagnostics.error(
                    Rule.ID_DUPLICATE,
                    located.position("id"),
                    "profile id '" + profile.get().id() + "' is also the id of another profile of the chain (at "
                            + first + ")",
                    "give each profile file an id of its own");
        }
        Path folder =
                source.get().path() == null ? relativeTo : source.get().path().getParent();
        visiting.add(key);
        return Optional.of(new Frame(key, located, folder));
    }

    private static void reportCycle(
            String key, SourcePosition referencedAt, List<Frame> stack, Diagnostics diagnostics) {
        int i = 0;
        while (!stack.get(i).key().equals(key)) {
            i++;
        }
        List<Frame> cycle = stack.subList(i, stack.size());
        StringBuilder names = new StringBuilder();
        for (Frame frame : cycle) {
            names.append(frame.name()).append(" (").append(frame.key()).append(") extends ");
        }
        names.append(cycle.get(0).name());
        diagnostics.error(
                Rule.PROFILE_CYCLE,
                referencedAt,
                "profile cycle: " + names,
                "remove one of the 'extends' entries of the cycle: "
                        + String.join(
                                ", ",
                                cycle.stream().map(f -> f.extendsAt.toString()).toList()));
    }

    /** A path relative to the referring file's folder if such a file exists, else a bundled name. */
    private Optional<SourceFile> locate(String reference, Path relativeTo) {
        if (isPath(reference)) {
            Path file = relativeTo.resolve(reference).normalize();
            return Files.isRegularFile(file) ? Optional.of(SourceFile.of(file, baseDir)) : Optional.empty();
        }
        return BundledData.profileResource(reference).map(SourceFile::resource);
    }

    private static boolean isPath(String reference) {
        return reference.endsWith(".yaml")
                || reference.endsWith(".yml")
                || reference.contains("/")
                || reference.contains("\\");
    }
}
