package io.programbook.core.render;

import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Program;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.TraceMatrix;
import java.util.List;
import java.util.Locale;

/** Prepares the traceability matrix's view model from the plain-text matrix. */
public final class MatrixViewBuilder {

    public MatrixView build(
            ProgramInputs inputs, ResolvedProfile profile, TraceMatrix matrix, CoverageSummary summary) {
        var totals = summary.overall();
        List<MatrixView.Row> rows =
                matrix.rows().stream().map(MatrixViewBuilder::row).toList();
        List<MatrixView.KindView> kinds = java.util.Arrays.stream(GapKind.values())
                .map(k -> new MatrixView.KindView(
                        k.code(),
                        Adoc.text(k.title()),
                        Adoc.text(k.action()),
                        summary.gapsByKind().get(k)))
                .toList();
        return new MatrixView(
                header(inputs, profile),
                new MatrixView.Totals(
                        totals.inScope(),
                        totals.excluded(),
                        totals.covered(),
                        totals.gaps(),
                        totals.notApplicable(),
                        percent(totals.coveragePercent()),
                        summary.gapsByKind().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()),
                rows,
                kinds);
    }

    static MatrixView.Header header(ProgramInputs inputs, ResolvedProfile profile) {
        Program program = inputs.program().value();
        return new MatrixView.Header(
                Adoc.text(program.program().title()),
                Adoc.text(program.organisation().name()),
                Adoc.text(program.program().version()),
                program.program().date() == null ? "" : program.program().date().toString(),
                Adoc.text(inputs.catalog().title()),
                inputs.catalog().reference(),
                Adoc.text(profile.profile().name()),
                profile.profile().id());
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** An evidence entry as one line: a link for a URL, the title and path for a file. */
    static String evidence(TraceMatrix.EvidenceCell e) {
        String what = e.url()
                ? "link:" + Adoc.linkTarget(e.location()) + "[" + Adoc.text(e.title()) + "]"
                : Adoc.text(e.title()) + " (`" + Adoc.text(e.location()) + "`)";
        return what + (e.date().isEmpty() ? "" : ", " + e.date()) + (e.missing() ? " [.gap]#file missing#" : "");
    }

    private static MatrixView.Row row(TraceMatrix.Row r) {
        return new MatrixView.Row(
                r.id(),
                r.anchor(),
                Adoc.text(r.title()),
                Adoc.text(r.areaId() + " " + r.areaName()),
                r.status(),
                r.target(),
                r.claimed().isEmpty() ? "–" : Adoc.text(r.claimed()),
                r.owner().isEmpty() ? "–" : Adoc.text(r.owner()),
                r.procedures().stream().map(Adoc::text).toList(),
                r.evidence().stream().map(MatrixViewBuilder::evidence).toList(),
                Adoc.text(r.lastVerification()),
                r.coverage(),
                r.gapKinds());
    }
}
