package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.render.GapReportViewBuilder;
import io.programbook.core.trace.CoverageSummary;
import java.util.Map;
import java.util.Set;

/**
 * The gap report for the program manager: {@code gap-report.adoc}, and {@code gap-report.html}
 * and {@code gap-report.pdf} when asked for. Every gap, worst first within its functional area, with what closes it.
 */
public final class GapReportOutput extends GeneratedDocument {

    public static final String ADOC = "gap-report.adoc";
    public static final String HTML = "gap-report.html";
    public static final String PDF = "gap-report.pdf";

    private final GapReportViewBuilder views = new GapReportViewBuilder();

    @Override
    public String id() {
        return "gap-report";
    }

    @Override
    public Set<OutputFormat> formats() {
        return Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF);
    }

    @Override
    public Map<String, Object> model(OutputContext context) {
        CoverageSummary summary =
                CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        return Map.of(
                "report",
                views.build(context.inputs(), context.profile(), context.trace(), summary, context.messages()),
                "control",
                context.control(),
                "overview",
                context.overview());
    }
}
