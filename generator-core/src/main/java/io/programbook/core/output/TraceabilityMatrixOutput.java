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
    static final List<Integer> XLSX_WIDTHS = List.of(16, 40, 8, 24, 14, 10, 10, 20, 70, 30, 50, 36, 14, 24, 50);

    private final TraceMatrixBuilder matrices = new TraceMatrixBuilder();
    private final MatrixViewBuilder views = new MatrixViewBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(ADOC, HTML, CSV, XLSX);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        TraceMatrix matrix = matrices.build(context.inputs(), context.profile(), context.trace());
        CoverageSummary summary =
                CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        String adoc = context.templates()
                .render(
                        "traceability-matrix.adoc.ftl",
                        Map.of("matrix", views.build(context.inputs(), context.profile(), matrix, summary)));
        files.text(ADOC, adoc);
        List<List<String>> cells =
                matrix.rows().stream().map(TraceMatrix.Row::cells).toList();
        files.bytes(CSV, CsvWriter.write(TraceMatrix.COLUMNS, cells));
        var program = context.inputs().program().value();
        files.bytes(
                XLSX,
                XlsxWriter.write(
                        "Traceability matrix",
                        TraceMatrix.COLUMNS,
                        XLSX_WIDTHS,
                        cells,
                        "Traceability matrix: " + program.program().title(),
                        program.organisation().name(),
                        Optional.ofNullable(program.program().date())));
        if (context.request().formats().contains(OutputFormat.HTML)) {
            files.text(
                    HTML,
                    context.htmlPage(
                            ADOC,
                            adoc,
                            "Traceability matrix: " + program.program().title()));
        }
    }
}
