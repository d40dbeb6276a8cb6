package io.programbook.core.api;

import io.programbook.core.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import wrote.
 *
 * @param file     the assessment record written, {@code assessments/<date>-<assessor>.yaml}
 * @param rows     the worksheet's rows read
 * @param verdicts the rows with a verdict, now results of the record
 * @param findings the Fail and N/E verdicts: findings that need a corrective action
 * @param summary  the verdicts counted, e.g. {@code 180 Pass, 3 Fail, 12 N/A}
 * @param warnings findings about the program that did not stop the import
 */
public record ImportAssessmentResult(
        Path file, int rows, int verdicts, int findings, String summary, List<Diagnostic> warnings) {

    public ImportAssessmentResult {
        warnings = List.copyOf(warnings);
    }
}
