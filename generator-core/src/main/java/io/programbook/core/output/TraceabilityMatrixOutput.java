package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.export.CsvWriter;
import io.programbook.core.export.XlsxWriter;
import io.programbook.core.render.MatrixViewBuilder;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.TraceMatrix;
import io.programbook.core.trace.TraceMatrixBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The traceability matrix for assessors: {@code traceability-matrix.adoc}, {@code .csv} and
 * {@code .xlsx} always, and {@code .html} (sortable and filterable in the browser) when HTML is
 * asked for. One row per in-scope item.
 */
public final class TraceabilityMatrixOutput implements Output {

    public static final String ADOC = "traceability-matrix.adoc";
    public static final String HTML = "traceability-matrix.html";
    public static final String CSV = "traceability-matrix.csv";
    public static final String XLSX = "traceability-matrix.xlsx";

    /** Column widths of the workbook, in characters, one per {@link TraceMatrix#COLUMNS}. */
    /** The bundle keys of {@link TraceMatrix#COLUMNS}' headers, in the same order. */
    static final List<String> COLUMN_KEYS = List.of(
            "matrix.column.item",
            "matrix.column.title",
            "matrix.column.area",
            "matrix.column.area-name",
            "matrix.column.status",
            "matrix.column.target",
            "matrix.column.claimed",
            "matrix.column.owner",
            "matrix.column.statement",
            "matrix.column.procedures",
            "matrix.column.evidence",
            "matrix.column.last-verification",
            "matrix.column.coverage",
            "matrix.column.gaps",
            "matrix.column.gap-details");

    static final List<Integer> XLSX_WIDTHS = List.of(16, 40, 8, 24, 14, 10, 10, 20, 70, 30, 50, 36, 14, 24, 50);

    private final TraceMatrixBuilder matrices = new TraceMatrixBuilder();
    private final MatrixViewBuilder views = new MatrixViewBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(ADOC, HTML, CSV, XLSX);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        var messages = context.templates().messages();
        TraceMatrix matrix = matrices.build(context.inputs(), context.profile(), context.trace(), messages);
        CoverageSummary summary =
                CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        String adoc = context.templates()
                .render(
                        "traceability-matrix.adoc.ftl",
                        Map.of("matrix", views.build(context.inputs(), context.profile(), matrix, summary, messages)));
        files.text(ADOC, adoc);
        List<List<String>> cells =
                matrix.rows().stream().map(TraceMatrix.Row::cells).toList();
        List<String> headers = COLUMN_KEYS.stream().map(messages::get).toList();
        files.bytes(CSV, CsvWriter.write(headers, cells));
        var program = context.inputs().program().value();
        files.bytes(
                XLSX,
                XlsxWriter.write(
                        messages.get("matrix.sheet"),
                        headers,
                        XLSX_WIDTHS,
                        cells,
                        messages.get("matrix.document.title", program.program().title()),
                        program.organisation().name(),
                        Optional.ofNullable(program.program().date())));
        if (context.request().formats().contains(OutputFormat.HTML)) {
            files.text(
                    HTML,
                    context.htmlPage(
                            ADOC,
                            adoc,
                            messages.get(
                                    "matrix.document.title", program.program().title())));
        }
    }
}
