package io.programbook.core.trace;

import io.programbook.core.model.Procedure;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedItem;
import java.util.List;
import java.util.Optional;

/**
 * The trace of one catalogue item: requirement, statement, procedures (from both sides),
 * evidence with whether each file exists, and the gaps.
 *
 * @param missingEvidence evidence file paths that do not exist
 */
public record TraceRow(
        ResolvedItem resolved,
        Optional<Statement> statement,
        List<Procedure> procedures,
        List<String> missingEvidence,
        Coverage coverage,
        List<Gap> gaps) {

    public TraceRow {
        procedures = List.copyOf(procedures);
        missingEvidence = List.copyOf(missingEvidence);
        gaps = List.copyOf(gaps);
    }
}
