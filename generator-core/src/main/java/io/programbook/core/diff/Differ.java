package io.programbook.core.diff;

import io.programbook.core.api.DiffRequest;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.edition.EditionMapping;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.edition.ItemMapping;
import io.programbook.core.load.BundledData;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProfileFiles;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.resolve.ProfileResolver;
import io.programbook.core.resolve.ResolvedProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Works out what changed for a {@link DiffRequest}: between two catalogue editions, two profiles,
 * or the program and a baseline. Problems with what to compare, or in either program, are
 * reported together.
 */
public final class Differ {

    /** Where configuration problems are reported: the goal's parameters have no file position. */
    static final SourcePosition CONFIGURATION = SourcePosition.wholeFile("diff configuration");

    /** Loads, validates and traces a program folder, as the generate goal does. */
    @FunctionalInterface
    public interface Programs {

        /**
         * @param warnings receives the program's warnings
         * @throws GeneratorException with every finding when the program has errors
         */
        ProgramSnapshot load(Path programDir, String label, Diagnostics warnings);
    }

    private final YamlReader reader;
    private final BundledData catalogs;
    private final EditionMappings mappings;
    private final Programs programs;

    public Differ(YamlReader reader, EditionMappings mappings, Programs programs) {
        this.reader = reader;
        this.catalogs = new BundledData(reader);
        this.mappings = mappings;
        this.programs = programs;
    }

    public Changes compare(DiffRequest request, Diagnostics diagnostics) {
        boolean editions =
                request.fromCatalog().isPresent() || request.toCatalog().isPresent();
        boolean profiles =
                request.fromProfile().isPresent() || request.toProfile().isPresent();
        boolean baseline = request.baseline().isPresent();
        int modes = (editions ? 1 : 0) + (profiles ? 1 : 0) + (baseline ? 1 : 0);
        if (modes != 1) {
            List<String> set = new ArrayList<>();
            request.fromCatalog().ifPresent(v -> set.add("fromCatalog"));
            request.toCatalog().ifPresent(v -> set.add("toCatalog"));
            request.fromProfile().ifPresent(v -> set.add("fromProfile"));
            request.toProfile().ifPresent(v -> set.add("toProfile"));
            request.baseline().ifPresent(v -> set.add("baseline"));
            diagnostics.error(
                    Rule.DIFF_REQUEST,
                    CONFIGURATION,
                    modes == 0
                            ? "nothing to compare"
                            : "choose one comparison; these parameters are set: " + String.join(", ", set),
                    "set 'baseline' to a folder with an earlier version of the program (-Dprogrambook.baseline=...), or"
                            + " 'fromCatalog' (e.g. iec-62443-2-4@2015+AMD1:2017), or 'fromProfile' (a profile file)");
            diagnostics.throwIfErrors();
        }
        if (editions) {
            return editions(request, diagnostics);
        }
        return profiles ? profiles(request, diagnostics) : baseline(request, diagnostics);
    }

    private Changes editions(DiffRequest request, Diagnostics diagnostics) {
        String from = request.fromCatalog().orElseGet(() -> programCatalog(request, "fromCatalog", diagnostics));
        String to = request.toCatalog().orElseGet(() -> programCatalog(request, "toCatalog", diagnostics));
        diagnostics.throwIfErrors();
        Optional<Catalog> older = catalog(from, "fromCatalog", diagnostics);
        Optional<Catalog> newer = catalog(to, "toCatalog", diagnostics);
        diagnostics.throwIfErrors();
        if (!older.get().id().equals(newer.get().id())) {
            diagnostics.error(
                    Rule.DIFF_REQUEST,
                    CONFIGURATION,
                    "'" + from + "' and '" + to + "' are different catalogues, not two editions of one",
                    "compare two editions of the same catalogue");
            diagnostics.throwIfErrors();
        }
        return new Changes(
                Changes.Kind.EDITIONS,
                from,
                to,
                Optional.of(EditionDiffer.diff(older.get(), newer.get(), mappings.between(from, to), e -> true, false)),
                Optional.empty(),
                Optional.empty(),
                "");
    }

    private Changes profiles(DiffRequest request, Diagnostics diagnostics) {
        Optional<ProgramSnapshot> older = profile(request, request.fromProfile(), "fromProfile", diagnostics);
        Optional<ProgramSnapshot> newer = profile(request, request.toProfile(), "toProfile", diagnostics);
        diagnostics.throwIfErrors();
        Optional<EditionMapping> mapping =
                mappings.between(older.get().catalog(), newer.get().catalog());
        SnapshotDiffer differ = new SnapshotDiffer(older.get(), newer.get(), mapping);
        return new Changes(
                Changes.Kind.PROFILES,
                older.get().label(),
                newer.get().label(),
                catalogSection(older.get(), newer.get(), mapping, diagnostics),
                Optional.of(differ.profile()),
                Optional.empty(),
                "");
    }

    private Changes baseline(DiffRequest request, Diagnostics diagnostics) {
        Path folder = request.baseline().orElseThrow();
        Optional<Path> baselineProgram = baselineProgram(request.baseDir(), folder, diagnostics);
        List<Diagnostic> errors = new ArrayList<>();
        ProgramSnapshot older = null;
        if (baselineProgram.isPresent()) {
            older = load(baselineProgram.get(), "baseline", diagnostics, errors);
        }
        ProgramSnapshot newer = load(request.programDir(), "current", diagnostics, errors);
        if (!errors.isEmpty() || diagnostics.hasErrors()) {
            diagnostics.addAll(errors);
            diagnostics.throwIfErrors();
        }
        Optional<EditionMapping> mapping = mappings.between(older.catalog(), newer.catalog());
        SnapshotDiffer differ = new SnapshotDiffer(older, newer, mapping);
        return new Changes(
                Changes.Kind.BASELINE,
                relative(request.baseDir(), folder),
                version(older),
                relative(request.baseDir(), request.programDir()),
                version(newer),
                catalogSection(older, newer, mapping, diagnostics),
                Optional.of(differ.profile()),
                Optional.of(differ.program()),
                newer.program().map(ProgramSnapshot.ProgramFacts::organisation).orElse(""));
    }

    /** A folder as the user names it: relative to the project, also when it lies beside it ({@code ../release-3.1}). */
    private static String relative(Path baseDir, Path folder) {
        String shown = folder.startsWith(baseDir)
                        || folder.getRoot() != null && folder.getRoot().equals(baseDir.getRoot())
                ? baseDir.relativize(folder).toString()
                : folder.toString();
        return shown.isEmpty() ? "." : shown.replace('\\', '/');
    }

    /** The version program.yaml gives, or empty; the documents name it in their language. */
    private static String version(ProgramSnapshot snapshot) {
        return snapshot.program().map(ProgramSnapshot.ProgramFacts::version).orElse("");
    }

    private ProgramSnapshot load(Path programDir, String label, Diagnostics diagnostics, List<Diagnostic> errors) {
        Diagnostics own = new Diagnostics();
        try {
            ProgramSnapshot snapshot = programs.load(programDir, label, own);
            diagnostics.addAll(own.all());
            return snapshot;
        } catch (GeneratorException e) {
            errors.addAll(e.diagnostics());
            return null;
        }
    }

    /** The catalogue section of a profile or program diff: only when the sides follow different editions. */
    private Optional<Changes.EditionChanges> catalogSection(
            ProgramSnapshot older, ProgramSnapshot newer, Optional<EditionMapping> mapping, Diagnostics diagnostics) {
        if (older.catalog().equals(newer.catalog())) {
            return Optional.empty();
        }
        Catalog from = catalog(older.catalog(), "fromCatalog", diagnostics).orElseThrow();
        Catalog to = catalog(newer.catalog(), "toCatalog", diagnostics).orElseThrow();
        Predicate<ItemMapping> inScope = e -> e.source()
                        .map(id -> older.items().get(id))
                        .map(i -> i != null && i.inScope())
                        .orElse(false)
                || e.target()
                        .map(id -> newer.items().get(id))
                        .map(i -> i != null && i.inScope())
                        .orElse(false);
        return Optional.of(EditionDiffer.diff(from, to, mapping, inScope, true));
    }

    /** The program folder inside a baseline folder: the folder itself, or its {@code src/programbook}. */
    private static Optional<Path> baselineProgram(Path baseDir, Path folder, Diagnostics diagnostics) {
        String shown = SourceFile.of(folder, baseDir).displayName();
        if (!Files.isDirectory(folder)) {
            diagnostics.error(
                    Rule.FOLDER_MISSING,
                    SourcePosition.wholeFile(shown),
                    "baseline folder does not exist",
                    "point 'baseline' at a folder with an earlier version of the program, e.g. a copy of src/programbook"
                            + " or a checkout of the last release");
            return Optional.empty();
        }
        for (Path candidate : List.of(folder, folder.resolve("src/programbook"))) {
            if (Files.isRegularFile(candidate.resolve(ProgramLoader.PROGRAM_FILE))) {
                return Optional.of(candidate);
            }
        }
        diagnostics.error(
                Rule.FILE_MISSING,
                SourcePosition.wholeFile(shown),
                "the baseline folder has neither program.yaml nor src/programbook/program.yaml",
                "point 'baseline' at an earlier program folder, or at a project folder that holds one in src/programbook");
        return Optional.empty();
    }

    private Optional<Catalog> catalog(String reference, String parameter, Diagnostics diagnostics) {
        Optional<Catalog> catalog = catalogs.catalog(reference, diagnostics);
        if (catalog.isEmpty()) {
            diagnostics.error(
                    Rule.CATALOG_UNKNOWN,
                    CONFIGURATION,
                    parameter + " names unknown catalogue '" + reference + "'",
                    "use one of: " + String.join(", ", BundledData.CATALOGS));
        }
        return catalog;
    }

    private Optional<ProgramSnapshot> profile(
            DiffRequest request, Optional<String> given, String parameter, Diagnostics diagnostics) {
        String reference;
        Path relativeTo;
        Path root;
        SourcePosition at;
        String label;
        if (given.isPresent() && BundledData.profileResource(given.get()).isPresent()) {
            reference = given.get();
            relativeTo = request.baseDir();
            root = request.baseDir();
            at = CONFIGURATION;
            label = reference;
        } else if (given.isPresent()) {
            // A profile named on its own: its folder is where it and the profiles it extends live.
            Path file = request.baseDir().resolve(given.get()).normalize();
            reference = file.getFileName().toString();
            relativeTo = file.getParent();
            root = relativeTo;
            at = CONFIGURATION;
            label = given.get();
        } else {
            Optional<Located<Program>> program = program(request, parameter, diagnostics);
            if (program.isEmpty()) {
                return Optional.empty();
            }
            reference = program.get().value().profile();
            relativeTo = request.programDir();
            root = request.programDir();
            at = program.get().position("profile");
            label = BundledData.profileResource(reference).isPresent()
                    ? reference
                    : SourceFile.of(relativeTo.resolve(reference), request.baseDir())
                            .displayName();
        }
        long before = diagnostics.errorCount();
        List<Located<Profile>> chain =
                ProfileFiles.chain(reader, request.baseDir(), root, reference, relativeTo, at, diagnostics);
        if (chain.isEmpty() || diagnostics.errorCount() > before) {
            return Optional.empty();
        }
        Located<Profile> own = chain.get(chain.size() - 1);
        Optional<Catalog> catalog = catalogs.catalog(own.value().catalog(), diagnostics);
        if (catalog.isEmpty()) {
            diagnostics.error(
                    Rule.CATALOG_UNKNOWN,
                    own.position("catalog"),
                    "unknown catalogue '" + own.value().catalog() + "'",
                    "use one of: " + String.join(", ", BundledData.CATALOGS));
            return Optional.empty();
        }
        // Each profile of the chain must follow the catalogue of the profile named: the edition check.
        ResolvedProfile resolved = new ProfileResolver().resolve(catalog.get(), chain, diagnostics);
        if (diagnostics.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(ProgramSnapshot.of(label, resolved));
    }

    private String programCatalog(DiffRequest request, String parameter, Diagnostics diagnostics) {
        return program(request, parameter, diagnostics)
                .map(p -> p.value().catalog())
                .orElse("");
    }

    /** The program's own program.yaml, for the side of a comparison the request leaves to it. */
    private Optional<Located<Program>> program(DiffRequest request, String parameter, Diagnostics diagnostics) {
        Path file = request.programDir().resolve(ProgramLoader.PROGRAM_FILE);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    Rule.DIFF_REQUEST,
                    CONFIGURATION,
                    "'" + parameter + "' is not set and there is no "
                            + SourceFile.of(file, request.baseDir()).displayName() + " to take it from",
                    "set '" + parameter + "', or run the diff in a project with a program folder");
            return Optional.empty();
        }
        SourceFile source = SourceFile.of(file, request.baseDir());
        return reader.read(source, diagnostics)
                .flatMap(doc -> reader.bind(doc, "", Program.class, "program.yaml", diagnostics)
                        .map(p -> new Located<>(p, doc.locate(""))));
    }
}
