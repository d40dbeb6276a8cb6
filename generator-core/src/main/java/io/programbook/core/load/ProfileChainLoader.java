package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    ProfileChainLoader(YamlReader reader, Path baseDir, Path programDir, List<SourceFile> files) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.programDir = programDir;
        this.files = files;
    }

    List<Located<Profile>> load(
            String reference, Path relativeTo, SourcePosition referencedAt, Diagnostics diagnostics) {
        visit(reference, relativeTo, referencedAt, new ArrayList<>(), diagnostics);
        return List.copyOf(done.values());
    }

    private record Step(String key, String name, SourcePosition extendsAt) {}

    private void visit(
            String reference, Path relativeTo, SourcePosition referencedAt, List<Step> path, Diagnostics diagnostics) {
        if (isPath(reference)) {
            Optional<Path> inside =
                    ProgramFolder.resolve(programDir, relativeTo, reference, "profile", referencedAt, diagnostics);
            if (inside.isEmpty()) {
                return;
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
            return;
        }
        String key = source.get().displayName();
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).key().equals(key)) {
                StringBuilder cycle = new StringBuilder();
                for (Step step : path.subList(i, path.size())) {
                    cycle.append(step.name()).append(" (").append(step.key()).append(") extends ");
                }
                cycle.append(path.get(i).name());
                diagnostics.error(
                        Rule.PROFILE_CYCLE,
                        referencedAt,
                        "profile cycle: " + cycle,
                        "remove one of the 'extends' entries of the cycle: "
                                + String.join(
                                        ", ",
                                        path.subList(i, path.size()).stream()
                                                .map(s -> s.extendsAt().toString())
                                                .toList()));
                return;
            }
        }
        if (done.containsKey(key)) {
            return;
        }
        files.add(source.get());
        Optional<YamlDocument> doc = reader.read(source.get(), InputKind.PROFILE, diagnostics);
        Optional<Profile> profile = doc.flatMap(d -> reader.bind(d, "", Profile.class, "profile", diagnostics));
        if (profile.isEmpty()) {
            return;
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
        List<String> parents = profile.get().parents();
        for (int i = 0; i < parents.size(); i++) {
            SourcePosition at = located.position("extends/" + i);
            List<Step> next = new ArrayList<>(path);
            next.add(new Step(key, profile.get().id(), at));
            visit(parents.get(i), folder, at, next, diagnostics);
        }
        done.putIfAbsent(key, located);
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
