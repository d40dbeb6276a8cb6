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
import io.programbook.core.model.Customer;
import io.programbook.core.model.Deviation;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.resolve.ProfileResolver;
import io.programbook.core.resolve.ResolvedProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One side of a customer's comparison: the customer's edition of a program.
     *
     * @param snapshot the edition as a diff compares it: the customer's view of the program, its profile
     *                 and trace, its decisions cited for its audience
     * @param customer the customer as its {@code customer.yaml} declares it, with its deviations
     * @param name     how the documents name the side: the program's title
     * @param version  the program's version, or empty
     */
    public record CustomerSide(ProgramSnapshot snapshot, Customer customer, String name, String version) {}

    /**
     * What changed in one customer's edition between a baseline and the current program: its
     * profile (scope, target maturity, parameters), its statements and coverage, and its accepted
     * deviations. Without an older side (the baseline has no such customer) the whole edition is new:
     * the changes say so and list its deviations as added.
     *
     * @param olderName    the baseline program's title, how the documents name the older side
     * @param olderVersion the baseline program's version, or empty
     * @param outside      the customer's documents are for a reader outside the provider
     */
    public Changes customer(
            Optional<CustomerSide> older,
            String olderName,
            String olderVersion,
            CustomerSide newer,
            boolean outside,
            Diagnostics diagnostics) {
        Customer customer = newer.customer();
        List<Deviation> was = older.map(o -> o.customer().deviations()).orElse(List.of());
        Changes.CustomerChanges deviations =
                deviations(customer, older.isEmpty(), outside, was, customer.deviations(), newer.snapshot());
        Optional<Changes.EditionChanges> catalog = Optional.empty();
        Optional<Changes.ProfileChanges> profile = Optional.empty();
        Optional<Changes.ProgramChanges> program = Optional.empty();
        if (older.isPresent()) {
            ProgramSnapshot before = older.get().snapshot();
            ProgramSnapshot now = newer.snapshot();
            Optional<EditionMapping> mapping = mappings.between(before.catalog(), now.catalog());
            SnapshotDiffer differ = new SnapshotDiffer(before, now, mapping);
            catalog = catalogSection(before, now, mapping, diagnostics);
            profile = Optional.of(differ.profile());
            program = Optional.of(differ.program());
        }
        return new Changes(
                Changes.Kind.CUSTOMER,
                olderName,
                olderVersion,
                newer.name(),
                newer.version(),
                catalog,
                profile,
                program,
                newer.snapshot()
                        .program()
                        .map(ProgramSnapshot.ProgramFacts::organisation)
                        .orElse(""),
                Optional.of(deviations));
    }

    /**
     * The deviations added, removed and changed: matched by item, in the order of the register when
     * an item has more than one.
     */
    static Changes.CustomerChanges deviations(
            Customer customer,
            boolean firstEdition,
            boolean outside,
            List<Deviation> was,
            List<Deviation> is,
            ProgramSnapshot newer) {
        Map<ItemId, List<Deviation>> before = new LinkedHashMap<>();
        was.forEach(
                d -> before.computeIfAbsent(d.item(), k -> new ArrayList<>()).add(d));
        List<Changes.DeviationChange> added = new ArrayList<>();
        List<Changes.DeviationChange> changed = new ArrayList<>();
        for (Deviation now : is) {
            List<Deviation> candidates = before.getOrDefault(now.item(), new ArrayList<>());
            if (candidates.isEmpty()) {
                added.add(new Changes.DeviationChange(
                        now.item(), title(now.item(), newer), Optional.empty(), Optional.of(now), List.of()));
                continue;
            }
            Deviation then = candidates.remove(0);
            List<String> aspects = new ArrayList<>();
            if (!then.difference().equals(now.difference())) {
                aspects.add("difference");
            }
            if (!then.compensation().equals(now.compensation())) {
                aspects.add("compensation");
            }
            if (!then.acceptedBy().equals(now.acceptedBy())
                    || !then.acceptedOn().equals(now.acceptedOn())) {
                aspects.add("accepted");
            }
            if (!then.validUntil().equals(now.validUntil())) {
                aspects.add("validUntil");
            }
            if (!aspects.isEmpty()) {
                changed.add(new Changes.DeviationChange(
                        now.item(), title(now.item(), newer), Optional.of(then), Optional.of(now), aspects));
            }
        }
        List<Changes.DeviationChange> removed = new ArrayList<>();
        before.values().stream()
                .flatMap(List::stream)
                .forEach(d -> removed.add(new Changes.DeviationChange(
                        d.item(), title(d.item(), newer), Optional.of(d), Optional.empty(), List.of())));
        Comparator<Changes.DeviationChange> order =
                Comparator.comparing(c -> c.item().toString());
        removed.sort(order);
        return new Changes.CustomerChanges(
                customer.id(), customer.name(), outside, firstEdition, added, removed, changed);
    }

    /** An item's short title on the newer side; empty for an item its catalogue no longer has. */
    private static String title(ItemId item, ProgramSnapshot newer) {
        ProgramSnapshot.ItemState state = newer.items().get(item);
        return state == null ? "" : state.title();
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
