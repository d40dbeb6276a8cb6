package io.programbook.core.diag;

import java.util.List;

/**
 * Thrown by the core when the user's input has errors. It carries every finding of the run, not
 * only the first; the build-tool adapter logs them and fails once.
 */
public final class GeneratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    public GeneratorException(List<Diagnostic> diagnostics) {
        this(diagnostics, summary(diagnostics));
    }

    /** With a summary of its own, e.g. when warnings fail the build. */
    public GeneratorException(List<Diagnostic> diagnostics, String summary) {
        super(summary);
        this.diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    private static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        return errors == 1
                ? "1 error in the program's input, see above"
                : errors + " errors in the program's input, see above";
    }
}
