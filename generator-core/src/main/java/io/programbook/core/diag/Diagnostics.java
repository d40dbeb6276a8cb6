package io.programbook.core.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects findings across a whole run so that every problem is reported at once. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(Rule rule, SourcePosition at, String message) {
        add(Diagnostic.error(rule, at, message));
    }

    public void error(Rule rule, SourcePosition at, String message, String hint) {
        add(Diagnostic.error(rule, at, message, hint));
    }

    public void warning(Rule rule, SourcePosition at, String message, String hint) {
        add(Diagnostic.warning(rule, at, message, hint));
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Every finding so far, in stable order. */
    public List<Diagnostic> all() {
        return items.stream().sorted(Diagnostic.ORDER).toList();
    }

    public List<Diagnostic> warnings() {
        return all().stream().filter(d -> !d.isError()).toList();
    }

    /** Throws a {@link GeneratorException} with every finding if any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new GeneratorException(all());
        }
    }
}
