package io.programbook.core.output;

import java.util.List;

/**
 * The registry of {@code generate}'s outputs: every document family, in the order they are produced.
 * A new document is one {@link GeneratedDocument} (or {@link Output}) added here; its file names join
 * the files a run owns (and may remove) through {@link Output#fileNames()}.
 */
public final class Outputs {

    /** Every output of {@code generate}. */
    public static final List<Output> ALL = List.of(
            new HandbookOutput(),
            new ApplicabilityOutput(),
            new ResolvedProfileOutput(),
            new TraceabilityMatrixOutput(),
            new GapReportOutput(),
            new EvidenceRegisterOutput(),
            new ReviewCalendarOutput(),
            new CoverageJsonOutput(),
            new AssessmentWorksheetOutput(),
            // last: it packs every file written before it
            new EvidencePackageOutput());

    private Outputs() {}
}
