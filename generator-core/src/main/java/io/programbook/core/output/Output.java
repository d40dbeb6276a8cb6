package io.programbook.core.output;

import java.util.List;

/**
 * One document family of a run (the handbook, the matrix, coverage.json …). Each output writes
 * its files into an {@link OutputFiles} from the run's {@link OutputContext}; the generator moves
 * them into place together, so a failed run writes nothing.
 */
public interface Output {

    /**
     * Every file name this output can ever write. Only these are removed from the output folder
     * when a run no longer writes them or fails, so a user's own files there are never touched.
     */
    List<String> fileNames();

    /**
     * Whether the run writes this output at all: every output is written for the provider; an
     * internal one (the program's files and lines, the provider's bookkeeping) is not written into
     * a customer edition read by the asset owner, and no other document links to it there.
     */
    default boolean writtenFor(OutputContext context) {
        return !internal() || !context.inputs().customerAudience();
    }

    /** Whether this output is for the provider's own readers only; false by default. */
    default boolean internal() {
        return false;
    }

    /** Adds this output's files for the run. */
    void write(OutputContext context, OutputFiles files);
}
