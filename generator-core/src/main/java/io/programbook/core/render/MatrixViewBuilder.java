package io.programbook.core.render;

import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Program;
import io.programbook.core.model.Status;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.TraceMatrix;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prepares the traceability matrix's view model from the plain-text matrix. */
public final class MatrixViewBuilder {

    public MatrixView build(
            ProgramInputs inputs,
            ResolvedProfile profile,
            TraceMatrix matrix,
            CoverageSummary summary,
            Messages messages) {
        var totals = summary.overall();
        Map<String, String> statusCodes = new HashMap<>();
        statusCodes.put(messages.get("status.none"), "no-statement");
        for (Status status : Status.values()) {
            statusCodes.put(messages.get(status.message()), status.label());
        }
        List<MatrixView.Row> rows = matrix.rows().stream()
                .map(r -> row(r, statusCodes.get(r.status()), messages))
                .toList();
        List<MatrixView.KindView> kinds = Arrays.stream(GapKind.values())
                .map(k -> new MatrixView.KindView(
                        k.code(),
                        Adoc.text(messages.get(k.title())),
                        Adoc.text(messages.get(k.action())),
                        summary.gapsByKind().get(k)))
                .toList();
        return new MatrixView(
                header(inputs, profile, messages),
                new MatrixView.Totals(
                        totals.inScope(),
                        totals.excluded(),
                        totals.covered(),
                        totals.gaps(),
                        totals.notApplicable(),
                        messages.coverage(totals.coveragePercent(), totals.covered(), totals.applicable()),
                        summary.gapsByKind().values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()),
                rows,
                kinds);
    }

    static MatrixView.Header header(ProgramInputs inputs, ResolvedProfile profile, Messages messages) {
        Program program = inputs.program().value();
        return new MatrixView.Header(
                Adoc.text(program.program().title()),
                Adoc.text(program.organisation().name()),
                Adoc.text(program.program().version()),
                program.program().date() == null
                        ? ""
                        : messages.date(program.program().date()),
                Adoc.text(inputs.catalog().title()),
                inputs.catalog().reference(),
                Adoc.text(profile.profile().name()),
                profile.profile().id());
    }

    /**
     * An evidence entry as one line: a link for a URL, the title and path for a file, the title and
     * the description (plain text) for a record kept elsewhere.
     */
    static String evidence(TraceMatrix.EvidenceCell e, Messages messages) {
        String what = !e.href().isEmpty()
                ? "link:" + Adoc.linkTarget(e.href()) + "[" + Adoc.text(e.title()) + "]"
                : e.url()
                        ? Adoc.text(e.title()) + " " + messages.get("register.location.on-request")
                        : e.location().isEmpty()
                                ? Adoc.text(e.title())
                                : e.record()
                                        ? messages.get(
                                                "evidence.record.shown", Adoc.text(e.title()), Adoc.text(e.location()))
                                        : Adoc.text(e.title()) + " (`" + Adoc.text(e.location()) + "`)";
        return (e.id().isEmpty() ? "" : "[.evidence-id]#" + Adoc.text(e.id()) + "# ")
                + what
                + (e.date().isEmpty() ? "" : ", " + e.date())
                + (e.missing() ? " [.gap]#" + messages.get("common.evidence.file-missing") + "#" : "");
    }

    private static MatrixView.Row row(TraceMatrix.Row r, String statusCode, Messages messages) {
        return new MatrixView.Row(
                r.id(),
                r.anchor(),
                Adoc.text(r.title()),
                Adoc.text(r.areaId() + " " + r.areaName()),
                statusCode,
                r.status(),
                r.target(),
                r.claimed().isEmpty() ? "–" : Adoc.text(r.claimed()),
                r.owner().isEmpty() ? "–" : Adoc.text(r.owner()),
                r.procedures().stream().map(Adoc::text).toList(),
                r.evidence().stream().map(e -> evidence(e, messages)).toList(),
                Adoc.text(r.lastVerification()),
                r.coverage(),
                r.gapKinds());
    }
}
