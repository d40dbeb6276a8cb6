package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.assessment.Findings;
import io.programbook.core.model.ItemId;
import io.programbook.core.render.MatrixViewBuilder;
import io.programbook.core.table.Table;
import io.programbook.core.table.TabularFormat;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.TraceMatrix;
import io.programbook.core.trace.TraceMatrixBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The traceability matrix for assessors: the document {@code traceability-matrix.adoc}, and
 * {@code .html} (sortable and filterable in the browser) when HTML is asked for; and its table, one
 * row per in-scope item with the columns of {@link TraceMatrix#COLUMNS}, in every
 * {@link TabularFormat} ({@code .csv}, {@code .xlsx}, {@code .json}) always.
 */
public final class TraceabilityMatrixOutput extends GeneratedDocument {

    public static final String ADOC = "traceability-matrix.adoc";
    public static final String HTML = "traceability-matrix.html";
    public static final String CSV = "traceability-matrix.csv";
    public static final String XLSX = "traceability-matrix.xlsx";
    public static final String JSON = "traceability-matrix.json";
    /** The JSON Schema of {@value #JSON}'s resource in the programbook-catalog jar. */
    public static final String SCHEMA = "programbook/schemas/traceability-matrix.schema.json";

    private final TraceMatrixBuilder matrices = new TraceMatrixBuilder();
    private final MatrixViewBuilder views = new MatrixViewBuilder();

    @Override
    public String id() {
        return "traceability-matrix";
    }

    @Override
    public Set<OutputFormat> formats() {
        return Set.of(OutputFormat.ADOC, OutputFormat.HTML);
    }

    @Override
    public Map<String, Object> model(OutputContext context) {
        CoverageSummary summary =
                CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        return Map.of(
                "matrix",
                views.build(context.inputs(), context.profile(), matrix(context), summary, context.messages()));
    }

    @Override
    public List<String> fileNames() {
        return Stream.concat(super.fileNames().stream(), TabularFormat.fileNames(id()).stream())
                .toList();
    }

    @Override
    protected List<String> dataFiles() {
        return TabularFormat.fileNames(id());
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        super.write(context, files);
        Messages messages = context.messages();
        var program = context.inputs().program().value();
        Table table = Table.of(
                new Table.About(
                        id(),
                        messages.get("matrix.sheet"),
                        title(context, messages),
                        program.organisation().name(),
                        Optional.ofNullable(program.program().date())),
                TraceMatrix.COLUMNS,
                matrix(context).rows(),
                TraceMatrix.Row::source,
                messages);
        for (TabularFormat format : TabularFormat.values()) {
            String name = format.fileName(id());
            files.bytes(name, format.write(table, messages, context.diagnostics(), context.displayName(name)));
        }
    }

    private TraceMatrix matrix(OutputContext context) {
        Findings findings = Findings.of(context.inputs(), context.profile());
        return matrices.build(context.inputs(), context.profile(), context.trace(), context.messages())
                .withAssessed(row -> findings.assessed(ItemId.parse(row.id()), context.inputs(), context.messages()));
    }
}
