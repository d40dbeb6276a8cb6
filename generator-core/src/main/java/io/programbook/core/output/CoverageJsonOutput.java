package io.programbook.core.output;

import io.programbook.core.export.CoverageReport;
import io.programbook.core.trace.CoverageSummary;
import io.programbook.core.trace.EvidenceAge;
import java.util.List;
import java.util.Optional;

/** {@code coverage.json}, for CI and dashboards; see {@link CoverageReport} for its schema. */
public final class CoverageJsonOutput implements Output {

    public static final String JSON = "coverage.json";

    @Override
    public List<String> fileNames() {
        return List.of(JSON);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        CoverageSummary summary =
                CoverageSummary.of(context.trace(), context.inputs().catalog().groups());
        CoverageReport report = CoverageReport.of(
                context.inputs(),
                context.profile(),
                context.trace(),
                summary,
                EvidenceAge.effective(context.request().maxEvidenceAge(), context.profile()),
                Optional.ofNullable(context.inputs().program().value().program().date()));
        files.text(JSON, report.toJson());
    }
}
