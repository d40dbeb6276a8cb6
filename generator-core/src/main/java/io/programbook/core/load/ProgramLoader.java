package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Assessment;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads a program folder: {@code program.yaml}, the catalogue and profile chain it names,
 * {@code statements/*.yaml} and {@code procedures/*.adoc}. Collects every problem it finds; throws
 * only when the program, its catalogue or its profile chain cannot be read, since nothing can be
 * checked without them. Statements that fail to bind are left out and their errors kept.
 */
public final class ProgramLoader {

    public static final String PROGRAM_FILE = "program.yaml";
    public static final String STATEMENTS_DIR = "statements";
    public static final String PROCEDURES_DIR = "procedures";
    /** The program's assessment records, one file per assessment; {@code import-assessment} writes them. */
    public static final String ASSESSMENTS_DIR = "assessments";
    /** A procedure's id, its file name without {@code .adoc}: safe in links, anchors, tables and YAML lists. */
    private static final Pattern PROCEDURE_ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");

    private final YamlReader reader;
    private final BundledData bundled;

    public ProgramLoader(YamlReader reader) {
        this.reader = reader;
        this.bundled = new BundledData(reader);
    }

    /**
     * @param baseDir    the project base directory; diagnostics name files relative to it
     * @param programDir the program folder
     */
    public ProgramInputs load(Path baseDir, Path programDir, Diagnostics diagnostics) {
        List<SourceFile> files = new ArrayList<>();
        SourceFile programFile = SourceFile.of(programDir.resolve(PROGRAM_FILE), baseDir);
        if (!Files.isDirectory(programDir)) {
            diagnostics.error(
                    Rule.FOLDER_MISSING,
                    SourcePosition.wholeFile(SourceFile.of(programDir, baseDir).displayName()),
                    "program folder does not exist");
            diagnostics.throwIfErrors();
        }
        if (!Files.isRegularFile(programFile.path())) {
            diagnostics.error(
                    Rule.FILE_MISSING,
                    SourcePosition.wholeFile(programFile.displayName()),
                    "the program folder has no " + PROGRAM_FILE,
                    "create " + PROGRAM_FILE
                            + " (see docs/formats.md), or copy examples/nordwind-automation/src/programbook");
            diagnostics.throwIfErrors();
        }
        files.add(programFile);
        Optional<YamlDocument> programDoc = ProgramFolder.checkListed(programDir, programFile, diagnostics)
                ? reader.read(programFile, InputKind.PROGRAM, diagnostics)
                : Optional.empty();
        Optional<Program> program =
                programDoc.flatMap(doc -> reader.bind(doc, "", Program.class, "program.yaml", diagnostics)
                        .or(() -> reader.bindSoundParts(doc, "", Program.class, Set.of("roles"))));

        List<Located<Statement>> statements = loadStatements(baseDir, programDir, files, diagnostics);
        List<Procedure> procedures = loadProcedures(baseDir, programDir, files, diagnostics);
        List<Located<Assessment>> assessments = loadAssessments(baseDir, programDir, files, diagnostics);

        // The catalogue and profile chain are read even when program.yaml has other mistakes, so
        // that one run reports the problems of every file.
        Optional<String> catalogRef =
                program.map(Program::catalog).or(() -> programDoc.flatMap(d -> text(d, "/catalog")));
        Optional<String> profileRef =
                program.map(Program::profile).or(() -> programDoc.flatMap(d -> text(d, "/profile")));
        SourcePosition catalogAt =
                programDoc.map(d -> d.at("/catalog")).orElse(SourcePosition.wholeFile(programFile.displayName()));
        SourcePosition profileAt =
                programDoc.map(d -> d.at("/profile")).orElse(SourcePosition.wholeFile(programFile.displayName()));
        Optional<Catalog> catalog = catalogRef.flatMap(ref -> bundled.catalog(ref, diagnostics));
        if (catalogRef.isPresent() && catalog.isEmpty()) {
            diagnostics.error(
                    Rule.CATALOG_UNKNOWN,
                    catalogAt,
                    "unknown catalogue '" + catalogRef.get() + "'",
                    Suggestions.nearest(catalogRef.get(), BundledData.CATALOGS)
                                    .map(s -> "did you mean '" + s + "'? Bundled catalogues: ")
                                    .orElse("use one of: ")
                            + String.join(", ", BundledData.CATALOGS));
        }
        long errorsBefore = diagnostics.errorCount();
        List<Located<Profile>> profiles = profileRef
                .map(ref -> new ProfileChainLoader(reader, baseDir, programDir, files)
                        .load(ref, programDir, profileAt, diagnostics))
                .orElse(List.of());
        // Without the program, a catalogue and an intact profile chain nothing further can be checked;
        // problems in statements and procedures are kept, so that validation adds its findings to them.
        if (program.isEmpty() || catalog.isEmpty() || profiles.isEmpty() || diagnostics.errorCount() > errorsBefore) {
            diagnostics.throwIfErrors();
        }
        YamlDocument doc = programDoc.orElseThrow();
        Located<Program> located = new Located<>(program.orElseThrow(), doc.locate(""));
        // The organisation's own requirements and the licensed text change what the catalogue holds.
        List<Addition> additions =
                new AdditionsLoader(reader, baseDir, programDir, files).load(catalog.get(), profiles, diagnostics);
        Optional<Overlay> overlay =
                new OverlayLoader(reader, baseDir, programDir, files).load(catalog.get(), located, diagnostics);
        if (diagnostics.errorCount() > errorsBefore) {
            diagnostics.throwIfErrors();
        }
        // The asset owners the provider works for, each with the profile that tailors the provider's.
        CustomerLoader customerLoader = new CustomerLoader(reader, baseDir, programDir, files);
        List<CustomerSource> customers = customerLoader.load(
                catalog.get(),
                profiles,
                (folder, own) -> loadProcedures(baseDir, folder, own, diagnostics),
                diagnostics);
        customerLoader.checkScoped(statements, diagnostics);
        return new ProgramInputs(
                programDir,
                located,
                AdditionsLoader.merge(catalog.get(), additions),
                profiles,
                Scope.common(statements),
                procedures,
                files,
                additions,
                overlay,
                customers,
                statements,
                Optional.empty(),
                assessments);
    }

    /** A text field of a document that passed its schema check. */
    private static Optional<String> text(YamlDocument doc, String pointer) {
        var node = doc.node(pointer);
        return doc.isValid(pointer) && node.isTextual() && !node.asText().isBlank()
                ? Optional.of(node.asText().strip())
                : Optional.empty();
    }

    private List<Located<Statement>> loadStatements(
            Path baseDir, Path programDir, List<SourceFile> files, Diagnostics diagnostics) {
        List<Located<Statement>> statements = new ArrayList<>();
        for (Path file : list(programDir.resolve(STATEMENTS_DIR), ".yaml", ".yml")) {
            SourceFile source = SourceFile.of(file, baseDir);
            files.add(source);
            if (!ProgramFolder.checkListed(programDir, source, diagnostics)) {
                continue;
            }
            reader.read(source, InputKind.STATEMENTS, diagnostics).ifPresent(doc -> {
                var list = doc.root().path("statements");
                for (int i = 0; list.isArray() && i < list.size(); i++) {
                    String pointer = "/statements/" + i;
                    reader.bind(doc, pointer, Statement.class, "statement", diagnostics)
                            .or(() -> reader.bindSoundParts(doc, pointer, Statement.class, Set.of()))
                            .ifPresent(s -> statements.add(new Located<>(s, doc.locate(pointer))));
                }
            });
        }
        return statements;
    }

    /** {@code assessments/*.yaml}, oldest first: by date, then by file name. */
    private List<Located<Assessment>> loadAssessments(
            Path baseDir, Path programDir, List<SourceFile> files, Diagnostics diagnostics) {
        List<Located<Assessment>> assessments = new ArrayList<>();
        for (Path file : list(programDir.resolve(ASSESSMENTS_DIR), ".yaml", ".yml")) {
            SourceFile source = SourceFile.of(file, baseDir);
            files.add(source);
            if (!ProgramFolder.checkListed(programDir, source, diagnostics)) {
                continue;
            }
            reader.read(source, InputKind.ASSESSMENT, diagnostics)
                    .ifPresent(doc -> reader.bind(doc, "", Assessment.class, "assessment", diagnostics)
                            .or(() -> reader.bindSoundParts(doc, "", Assessment.class, Set.of()))
                            .ifPresent(a -> assessments.add(new Located<>(a, doc.locate("")))));
        }
        assessments.sort(Comparator.comparing(a -> a.value().date()));
        return assessments;
    }

    private List<Procedure> loadProcedures(
            Path baseDir, Path programDir, List<SourceFile> files, Diagnostics diagnostics) {
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        for (Path file : list(programDir.resolve(PROCEDURES_DIR), ".adoc")) {
            SourceFile source = SourceFile.of(file, baseDir);
            files.add(source);
            if (!ProgramFolder.checkListed(programDir, source, diagnostics)) {
                continue;
            }
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".adoc".length());
            if (!PROCEDURE_ID.matcher(id).matches()) {
                String suggestion = id.replaceAll("[^\\p{L}\\p{N}_-]+", "-")
                        .replaceAll("-{2,}", "-")
                        .replaceAll("^[-_]+|-+$", "");
                diagnostics.error(
                        Rule.FILE_NAME,
                        SourcePosition.wholeFile(source.displayName()),
                        "procedure file name '" + name + "' has characters other than letters, digits, '-' and '_';"
                                + " the name is the procedure's id in links, tables and 'procedures:' lists",
                        suggestion.isEmpty()
                                ? null
                                : "rename the file to '" + suggestion + ".adoc', and the 'procedures:' entries that"
                                        + " name it to '" + suggestion + "'");
            }
            TextReader.read(source, diagnostics)
                    .flatMap(text -> ProcedureParser.parse(id, source.displayName(), text, diagnostics))
                    .ifPresent(p -> procedures.put(id, p));
        }
        return List.copyOf(procedures.values());
    }

    /** Regular files of a folder with one of the extensions, sorted by name; none if it is absent. */
    static List<Path> list(Path dir, String... extensions) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(extensions)
                            .anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
