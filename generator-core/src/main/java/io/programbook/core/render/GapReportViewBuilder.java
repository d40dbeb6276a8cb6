package io.programbook.core.render;

import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Action;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Statement;
import io.programbook.core.plan.ActionPlan;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.Gap;
import io.programbook.core.trace.GapKind;
import io.programbook.core.trace.Trace;
import io.programbook.core.trace.TraceMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Prepares the gap report: every gap, worst first within its functional area, each with what
 * closes it and the file to change.
 */
public final class GapReportViewBuilder {

    public GapReportView build(
            ProgramInputs inputs, ResolvedProfile profile, Trace trace, CoverageSummary summary, Messages messages) {
        Map<ItemId, Located<Statement>> statements = new LinkedHashMap<>();
        inputs.statements().forEach(s -> statements.putIfAbsent(s.value().item(), s));
        Map<String, Procedure> procedures = new LinkedHashMap<>();
        inputs.procedures().forEach(p -> procedures.put(p.id(), p));

        List<GapReportView.AreaCounts> areas = summary.areas().stream()
                .map(a -> {
                    int gapCount = (int) trace.gaps().stream()
                            .filter(g -> g.area().equals(a.id()))
                            .count();
                    return new GapReportView.AreaCounts(
                            a.id(),
                            gapCount == 0 ? "" : areaAnchor(a.id()),
                            Adoc.text(a.name()),
                            a.totals().inScope(),
                            a.totals().covered(),
                            a.totals().gaps(),
                            a.totals().notApplicable(),
                            messages.percent(a.totals().coveragePercent()),
                            gapCount);
                })
                .toList();
        List<GapReportView.AreaGaps> areaGaps = summary.areas().stream()
                .map(a -> new GapReportView.AreaGaps(
                        a.id(),
                        areaAnchor(a.id()),
                        Adoc.text(a.name()),
                        trace.gaps().stream()
                                .filter(g -> g.area().equals(a.id()))
                                .map(g -> row(g, statements, procedures, inputs, messages))
                                .toList()))
                .filter(a -> !a.gaps().isEmpty())
                .toList();
        List<GapReportView.GapRow> programGaps = trace.gaps().stream()
                .filter(g -> g.area().isEmpty())
                .map(g -> row(g, statements, procedures, inputs, messages))
                .toList();
        MatrixView matrix =
                new MatrixViewBuilder().build(inputs, profile, new TraceMatrix(List.of()), summary, messages);
        return new GapReportView(
                matrix.header(),
                matrix.totals(),
                matrix.kinds(),
                areas,
                areaGaps,
                programGaps,
                plan(inputs, trace, messages),
                inputs.customerAudience());
    }

    /** The action plan: open actions by owner, earliest due first, then the gaps without an action. */
    static ActionPlanView plan(ProgramInputs inputs, Trace trace, Messages messages) {
        ActionPlan plan = ActionPlan.of(
                inputs,
                trace,
                Optional.ofNullable(inputs.program().value().program().date()));
        List<ActionPlanView.OwnerView> owners = plan.owners().stream()
                .map(o -> new ActionPlanView.OwnerView(
                        o.role(),
                        inputs.program()
                                .value()
                                .role(o.role())
                                .map(r -> Adoc.text(r.name()))
                                .orElse(Adoc.text(o.role())),
                        "plan-" + o.role().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                        o.actions().stream()
                                .map(e -> row(e, messages, inputs.customerAudience()))
                                .toList()))
                .toList();
        return new ActionPlanView(
                plan.asOf().map(messages::date).orElse(""),
                owners,
                plan.without().stream()
                        .map(e -> row(e, messages, inputs.customerAudience()))
                        .toList(),
                plan.actions().size(),
                plan.overdue().size());
    }

    /** One row of the plan; a reader outside the provider is not told where in the program's files it is. */
    private static ActionPlanView.ActionRow row(ActionPlan.Entry e, Messages messages, boolean outside) {
        return new ActionPlanView.ActionRow(
                "xref:handbook.adoc#" + e.item().anchor() + "[" + e.item() + "]",
                e.action().map(Action::due).map(messages::date).orElse(""),
                e.overdue(),
                e.action()
                        .map(Action::priority)
                        .map(p -> messages.get("plan.priority." + p.name().toLowerCase(Locale.ROOT)))
                        .orElse(""),
                e.action().map(a -> Adoc.text(a.ticket())).orElse(""),
                Adoc.text(e.gaps().stream().map(k -> messages.get(k.title())).collect(Collectors.joining(", "))),
                outside ? "" : e.at().map(p -> Adoc.text(p.toString())).orElse(""));
    }

    private static String areaAnchor(String areaId) {
        return "gaps-" + HandbookViewBuilder.anchor(areaId);
    }

    private static GapReportView.GapRow row(
            Gap gap,
            Map<ItemId, Located<Statement>> statements,
            Map<String, Procedure> procedures,
            ProgramInputs inputs,
            Messages messages) {
        GapKind kind = gap.kind();
        String subject;
        String where;
        if (kind == GapKind.PROCEDURE_UNUSED) {
            Procedure procedure = procedures.get(gap.subject());
            subject = "xref:handbook.adoc#" + HandbookViewBuilder.procedureAnchor(gap.subject()) + "["
                    + (procedure == null ? Adoc.text(gap.subject()) : Adoc.text(procedure.title())) + "]";
            where = procedure == null ? "" : procedure.source();
        } else {
            Optional<ItemId> id = ItemId.tryParse(gap.subject());
            subject = id.map(i -> "xref:handbook.adoc#" + i.anchor() + "[" + i + "]")
                    .orElse(Adoc.text(gap.subject()));
            Optional<Located<Statement>> statement = id.map(statements::get);
            where = statement
                    .map(s -> s.position(gap.field().isEmpty() ? field(kind) : gap.field())
                            .toString())
                    .orElseGet(() -> id.map(i -> statementFileOfArea(i, statements, inputs))
                            .orElse(""));
        }
        if (inputs.customerAudience()) {
            where = "";
        }
        return new GapReportView.GapRow(
                kind.code(),
                Adoc.text(messages.get(kind.title())),
                subject,
                Adoc.text(gap.detail(messages, inputs.customerAudience())),
                Adoc.text(gap.action(messages)),
                Adoc.text(where));
    }

    /** The statement field a gap of this kind is about, as a pointer below the statement. */
    private static String field(GapKind kind) {
        return switch (kind) {
            case PLANNED, PARTIAL -> "status";
            case BELOW_TARGET -> "maturity";
            case VERIFICATION_FAILED -> "verification";
            case EVIDENCE_MISSING, EVIDENCE_STALE -> "evidence";
            default -> "item";
        };
    }

    /**
     * Where a missing statement belongs: the file that already holds statements of the same
     * functional area, or the statements folder.
     */
    private static String statementFileOfArea(
            ItemId id, Map<ItemId, Located<Statement>> statements, ProgramInputs inputs) {
        String programFile = inputs.program().position().file();
        String folder = programFile.substring(0, programFile.lastIndexOf('/') + 1) + "statements/";
        return statements.values().stream()
                .filter(s -> s.value().item().groupId().equals(id.groupId()))
                .map(s -> s.position().file())
                .findFirst()
                .orElse(folder);
    }
}
