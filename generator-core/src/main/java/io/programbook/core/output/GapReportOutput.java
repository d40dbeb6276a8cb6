package io.programbook.core.output;

import io.programbook.core.OutputFormat;
import io.programbook.core.render.GapReportViewBuilder;
import io.programbook.core.trace.CoverageSummary;
import java.util.List;
import java.util.Map;

/**
 * The gap report for the program manager: {@code gap-report.adoc}, and {@code gap-report.html}
 * when HTML is asked for. Every gap, worst first within its functional area, with what closes it.
 */
public final class GapReportOutput implements Output {

    public static final String ADOC = "gap-report.adoc";
    public static final String HTML = "gap-report.html";

    private final GapReportViewBuilder views = new GapReportViewBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(ADOC, HTML);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        CoverageSummary summary = CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        String adoc = context.templates().render("gap-report.adoc.ftl",
                Map.of("report", views.build(context.inputs(), context.profile(), context.trace(), summary)));
        files.text(ADOC, adoc);
        if (context.request().formats().contains(OutputFormat.HTML)) {
            files.text(HTML, context.htmlPage(ADOC, adoc,
                    "Gap report: " + context.inputs().program().value().program().title()));
        }
    }
}
