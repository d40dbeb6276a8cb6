package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            diagnostics.error(Rule.FOLDER_MISSING, SourcePosition.wholeFile(SourceFile.of(programDir, baseDir).displayName()),
                    "program folder does not exist");
            diagnostics.throwIfErrors();
        }
        if (!Files.isRegularFile(programFile.path())) {
            diagnostics.error(Rule.FILE_MISSING, SourcePosition.wholeFile(programFile.displayName()),
                    "the program folder has no " + PROGRAM_FILE,
                    "create " + PROGRAM_FILE + " (see docs/formats.md), or copy examples/nordwind-automation/src/programbook");
            diagnostics.throwIfErrors();
        }
        files.add(programFile);
        Optional<YamlDocument> programDoc = reader.read(programFile, diagnostics);
        Optional<Program> program = programDoc.flatMap(doc -> reader.bind(doc, "", Program.class, "program.yaml", diagnostics));

        List<Located<Statement>> statements = loadStatements(baseDir, programDir, files, diagnostics);
        List<Procedure> procedures = loadProcedures(baseDir, programDir, files, diagnostics);

        if (program.isEmpty()) {
            diagnostics.throwIfErrors();
        }
        YamlDocument doc = programDoc.orElseThrow();
        Located<Program> located = new Located<>(program.orElseThrow(), doc.locate(""));
        Optional<Catalog> catalog = bundled.catalog(located.value().catalog(), diagnostics);
        if (catalog.isEmpty()) {
            diagnostics.error(Rule.CATALOG_UNKNOWN, located.position("catalog"),
                    "unknown catalogue '" + located.value().catalog() + "'",
                    "use one of: " + String.join(", ", BundledData.CATALOGS));
        }
        long errorsBefore = diagnostics.errorCount();
        List<Located<Profile>> profiles = new ProfileChainLoader(reader, baseDir, files)
                .load(located.value().profile(), programDir, located.position("profile"), diagnostics);
        // Without a catalogue and an intact profile chain nothing further can be checked; problems in
        // statements and procedures are kept, so that validation adds its findings to them.
        if (catalog.isEmpty() || profiles.isEmpty() || diagnostics.errorCount() > errorsBefore) {
            diagnostics.throwIfErrors();
        }
        // The organisation's own requirements and the licensed text change what the catalogue holds.
        List<Addition> additions = new AdditionsLoader(reader, baseDir, files).load(catalog.get(), profiles, diagnostics);
        Optional<Overlay> overlay = new OverlayLoader(reader, baseDir, files).load(catalog.get(), located, programDir,
                diagnostics);
        if (diagnostics.errorCount() > errorsBefore) {
            diagnostics.throwIfErrors();
        }
        return new ProgramInputs(programDir, located, AdditionsLoader.merge(catalog.get(), additions), profiles, statements,
                procedures, files, additions, overlay);
    }

    private List<Located<Statement>> loadStatements(Path baseDir, Path programDir, List<SourceFile> files,
            Diagnostics diagnostics) {
        List<Located<Statement>> statements = new ArrayList<>();
        for (Path file : list(programDir.resolve(STATEMENTS_DIR), ".yaml", ".yml")) {
            SourceFile source = SourceFile.of(file, baseDir);
            files.add(source);
            reader.read(source, diagnostics).ifPresent(doc -> {
                var root = doc.root();
                if (!root.isObject() || !root.has("statements") || !root.get("statements").isArray()) {
                    diagnostics.error(Rule.FIELD_REQUIRED, doc.at(""), "a statements file holds a list under 'statements:'",
                            "start the file with 'statements:' followed by list entries '- item: SP.01.01 BR'");
                    return;
                }
                root.fieldNames().forEachRemaining(name -> {
                    if (!name.equals("statements")) {
                        diagnostics.error(Rule.FIELD_UNKNOWN, doc.at("/" + name), "unknown field '" + name + "' in statements file",
                                "a statements file has only the list 'statements:'");
                    }
                });
                for (int i = 0; i < root.get("statements").size(); i++) {
                    String pointer = "/statements/" + i;
                    reader.bind(doc, pointer, Statement.class, "statement", diagnostics)
                            .ifPresent(s -> statements.add(new Located<>(s, doc.locate(pointer))));
                }
            });
        }
        return statements;
    }

    private List<Procedure> loadProcedures(Path baseDir, Path programDir, List<SourceFile> files,
            Diagnostics diagnostics) {
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        for (Path file : list(programDir.resolve(PROCEDURES_DIR), ".adoc")) {
            SourceFile source = SourceFile.of(file, baseDir);
            files.add(source);
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".adoc".length());
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
                    .filter(p -> Stream.of(extensions).anyMatch(ext -> p.getFileName().toString().endsWith(ext)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
