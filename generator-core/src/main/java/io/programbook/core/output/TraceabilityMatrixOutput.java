package io.programbook.core.output;

import io.programbook.core.OutputFormat;
import io.programbook.core.render.MatrixViewBuilder;
import io.programbook.core.table.Table;
import io.programbook.core.table.TabularFormat;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.TraceMatrix;
import io.programbook.core.trace.TraceMatrixBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The traceability matrix for assessors: {@code traceability-matrix.adoc} and the table in every
 * {@link TabularFormat} ({@code .csv}, {@code .xlsx}, {@code .json}) always, and {@code .html} (sortable and filterable in the browser) when HTML is
 * asked for. One row per in-scope item.
 */
public final class TraceabilityMatrixOutput implements Output {

    public static final String ADOC = "traceability-matrix.adoc";
    public static final String HTML = "traceability-matrix.html";
    public static final String CSV = "traceability-matrix.csv";
    public static final String XLSX = "traceability-matrix.xlsx";
    public static final String JSON = "traceability-matrix.json";
    /** The JSON Schema of {@value #JSON}'s resource in the programbook-catalog jar. */
    public static final String SCHEMA = "programbook/schemas/traceability-matrix.schema.json";

    static final String STEM = "traceability-matrix";

    private final TraceMatrixBuilder matrices = new TraceMatrixBuilder();
    private final MatrixViewBuilder views = new MatrixViewBuilder();

    @Override
    public List<String> fileNames() {
        return Stream.concat(Stream.of(ADOC, HTML), TabularFormat.fileNames(STEM).stream())
                .toList();
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
        var program = context.inputs().program().value();
        Table table = Table.of(
                new Table.About(
                        STEM,
                        "Traceability matrix",
                        "Traceability matrix: " + program.program().title(),
                        program.organisation().name(),
                        Optional.ofNullable(program.program().date())),
                TraceMatrix.COLUMNS,
                matrix.rows(),
                TraceMatrix.Row::source,
                context.messages());
        for (TabularFormat format : TabularFormat.values()) {
            String name = format.fileName(STEM);
            files.bytes(
                    name, format.write(table, context.messages(), context.diagnostics(), context.displayName(name)));
        }
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
