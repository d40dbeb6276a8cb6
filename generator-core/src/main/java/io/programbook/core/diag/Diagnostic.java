package io.programbook.core.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding about the user's input: where it is, which rule it breaks, what is wrong and how to
 * fix it. Rendered in the compiler-like form that IDEs turn into links:
 *
 * <pre>
 * src/programbook/statements/sp09.yaml:14:5: error [PB-ITEM-UNKNOWN] statement names item 'SP.09.10 BR', which iec-62443-2-4@2023 does not have
 *   hint: use one of the catalogue's ids, e.g. 'SP.09.01 BR'
 * </pre>
 */
public record Diagnostic(Severity severity, Rule rule, String message, SourcePosition at, String hint) {

    /** Files first, then by line and column, then rule code: a stable order for logs and tests. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.at().file())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(d -> d.rule().code())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
        hint = hint == null || hint.isBlank() ? rule.hint() : hint;
    }

    public static Diagnostic error(Rule rule, SourcePosition at, String message) {
        return new Diagnostic(Severity.ERROR, rule, message, at, null);
    }

    public static Diagnostic error(Rule rule, SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, rule, message, at, hint);
    }

    public static Diagnostic warning(Rule rule, SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, rule, message, at, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line: {@code path:line:col: error [CODE] message}. */
    public String headline() {
        return at + ": " + severity.label() + " [" + rule.code() + "] " + message;
    }

    /** Headline plus an indented hint line, as printed in the build log. */
    public String render() {
        return hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "  hint: " + hint;
    }

    @Override
    public String toString() {
        return render();
    }
}
