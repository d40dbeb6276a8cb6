package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.render.GapReportViewBuilder;
import io.programbook.core.trace.CoverageSummary;
import java.util.List;
import java.util.Map;

/**
 * The gap report for the program manager: {@code gap-report.adoc}, and {@code gap-report.html}
 * and {@code gap-report.pdf} when asked for. Every gap, worst first within its functional area, with what closes it.
 */
public final class GapReportOutput implements Output {

    public static final String ADOC = "gap-report.adoc";
    public static final String HTML = "gap-report.html";
    public static final String PDF = "gap-report.pdf";

    private final GapReportViewBuilder views = new GapReportViewBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(ADOC, HTML, PDF);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        CoverageSummary summary =
                CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        var messages = context.templates().messages();
        String adoc = context.templates()
                .render(
                        "gap-report.adoc.ftl",
                        Map.of(
                                "report",
                                views.build(context.inputs(), context.profile(), context.trace(), summary, messages)));
        files.text(ADOC, adoc);
        String title = messages.get(
                "gap-report.document.title",
                context.inputs().program().value().program().title());
        if (context.request().formats().contains(OutputFormat.HTML)) {
            files.text(HTML, context.htmlPage(ADOC, adoc, title));
        }
        if (context.request().formats().contains(OutputFormat.PDF)) {
            files.bytes(
                    PDF,
                    context.pdf(ADOC, adoc, title, TitlePage.of(messages.get("gap-report.document.kind"), context)));
        }
    }
}
