package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.Suggestions;
import io.programbook.core.load.TextReader;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ReferenceScanner.Reference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every attribute reference ({@code {name}}) in the AsciiDoc that the handbook shows (statement
 * text, procedure bodies, the program's scope) against the profile's parameters: a reference that
 * names no parameter and no built-in attribute would print as written, so it is an error at the
 * exact line and column of the reference, with the nearest parameter name as a suggestion.
 */
public final class ParameterChecker {

    private static final Pattern HEADER_ATTRIBUTE = Pattern.compile("^:([A-Za-z0-9_][A-Za-z0-9_-]*):.*$");

    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Context context = new Context(profile, inputs.profile().at().file(), new HashMap<>());
        Located<Program> program = inputs.program();
        checkYamlText(program.value().scope(), program, "scope", "the program's scope", Set.of(), context, diagnostics);
        for (Located<Statement> statement : inputs.statements()) {
            checkYamlText(
                    statement.value().text(),
                    statement,
                    "text",
                    "the statement for " + statement.value().item(),
                    Set.of(),
                    context,
                    diagnostics);
        }
        for (Procedure procedure : inputs.procedures()) {
            checkProcedure(inputs, procedure, context, diagnostics);
        }
    }

    /** What every check needs: the names in force, the profile to name in hints, raw file texts read so far. */
    private record Context(ResolvedProfile profile, String profileFile, Map<String, Optional<String>> texts) {

        Set<String> parameters() {
            return profile.parameters().keySet();
        }

        boolean known(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            return profile.parameters().containsKey(n)
                    || AsciidocAttributes.referable().contains(n);
        }

        Optional<String> raw(SourceFile source) {
            return texts.computeIfAbsent(source.displayName(), k -> TextReader.read(source, new Diagnostics()));
        }
    }

    private static void checkYamlText(
            String text,
            Located<?> owner,
            String field,
            String where,
            Set<String> headerOnly,
            Context context,
            Diagnostics diagnostics) {
        if (text.indexOf('{') < 0) {
            return;
        }
        List<Reference> unknown = ReferenceScanner.scan(text).stream()
                .filter(r -> !context.known(r.name()))
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        YamlDocument document = owner.at().document();
        SourcePosition keyAt = owner.position(field);
        Optional<String> raw =
                document.text().isEmpty() ? context.raw(document.source()) : Optional.of(document.text());
        for (Reference reference : unknown) {
            SourcePosition at =
                    raw.flatMap(r -> locateInYaml(r, keyAt, reference)).orElse(keyAt);
            report(reference, at, where, headerOnly, context, diagnostics);
        }
    }

    private static void checkProcedure(
            ProgramInputs inputs, Procedure procedure, Context context, Diagnostics diagnostics) {
        if (procedure.body().indexOf('{') < 0) {
            return;
        }
        SourceFile source = new SourceFile(
                inputs.programDir().resolve(ProgramLoader.PROCEDURES_DIR).resolve(procedure.id() + ".adoc"),
                procedure.source());
        Optional<String> raw = context.raw(source);
        if (raw.isEmpty()) {
            return;
        }
        List<String> lines = raw.get().lines().toList();
        int body = bodyStart(lines);
        Set<String> header = new HashSet<>();
        for (int i = 0; i < body; i++) {
            Matcher m = HEADER_ATTRIBUTE.matcher(lines.get(i));
            if (m.matches() && !m.group(1).startsWith("pb-")) {
                header.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        String text = String.join("\n", lines.subList(body, lines.size()));
        for (Reference reference : ReferenceScanner.scan(text)) {
            if (!context.known(reference.name())) {
                report(
                        reference,
                        SourcePosition.of(procedure.source(), body + reference.line() + 1, reference.column() + 1),
                        "procedure '" + procedure.id() + "'",
                        header,
                        context,
                        diagnostics);
            }
        }
    }

    /**
     * The first line after a procedure's document header, as the loader reads it: blank lines and
     * comments, the title, then attribute lines up to the first blank line.
     */
    private static int bodyStart(List<String> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("//"))) {
            i++;
        }
        i++;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return Math.min(i, lines.size());
    }

    /**
     * Finds a reference of a YAML scalar in the file: the same occurrence of {@code {name}} after the
     * key, skipping the rest of the key's line when the value is a block scalar ({@code |}, {@code >}).
     */
    static Optional<SourcePosition> locateInYaml(String raw, SourcePosition keyAt, Reference reference) {
        if (keyAt.line() == 0) {
            return Optional.empty();
        }
        int offset = offsetOf(raw, keyAt.line(), keyAt.column());
        if (offset < 0) {
            return Optional.empty();
        }
        int lineEnd = raw.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? raw.length() : lineEnd;
        int colon = raw.indexOf(':', offset);
        int start = offset;
        if (colon >= 0 && colon < lineEnd) {
            String rest = raw.substring(colon + 1, lineEnd).strip();
            start = rest.startsWith("|") || rest.startsWith(">") ? lineEnd : colon + 1;
        }
        String needle = reference.written();
        int at = raw.indexOf(needle, start);
        for (int n = 0; n < reference.ordinal() && at >= 0; n++) {
            at = raw.indexOf(needle, at + 1);
        }
        if (at < 0) {
            return Optional.empty();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(SourcePosition.of(keyAt.file(), line, at - lineStart + 1));
    }

    private static int offsetOf(String raw, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = raw.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return Math.min(offset + column - 1, raw.length());
    }

    private static void report(
            Reference reference,
            SourcePosition at,
            String where,
            Set<String> headerOnly,
            Context context,
            Diagnostics diagnostics) {
        String name = reference.name();
        Set<String> candidates = new TreeSet<>(context.parameters());
        candidates.addAll(AsciidocAttributes.referable());
        String declared = context.parameters().isEmpty()
                ? "the profile declares no parameters"
                : "parameters the profile declares: " + String.join(", ", context.parameters());
        String hint;
        if (headerOnly.contains(name.toLowerCase(Locale.ROOT))) {
            hint = "':" + name + ":' in the procedure's header does not reach the handbook: declare '" + name
                    + "' under 'parameters:' in " + context.profileFile() + " instead";
        } else {
            hint = Suggestions.nearest(name, candidates)
                    .map(s -> "did you mean '{" + s + "}'? " + capitalise(declared))
                    .orElse("declare '" + name + "' under 'parameters:' in " + context.profileFile() + ", or write \\"
                            + reference.written() + " to show it as written; " + declared);
        }
        diagnostics.error(
                Rule.PARAMETER_UNKNOWN, at, "unknown parameter '" + reference.written() + "' in " + where, hint);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
