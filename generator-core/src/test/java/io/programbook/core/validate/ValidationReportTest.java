package io.programbook.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** validation-report.json is bounded like the build log: every finding counted, at most 50 of a rule listed. */
class ValidationReportTest {

    @Test
    void should_list_at_most_the_limit_per_rule_and_count_the_rest() throws Exception {
        // given
        List<Diagnostic> findings = new ArrayList<>();
        for (int i = 1; i <= 100_000; i++) {
            findings.add(Diagnostic.error(
                    Rule.STATEMENT_DUPLICATE, SourcePosition.of("s.yaml", i, 9), "second statement " + i));
        }
        findings.add(Diagnostic.warning(Rule.SELECTOR_UNMATCHED, SourcePosition.of("p.yaml", 3, 5), "unmatched", null));

        // when
        String json = ValidationReport.json(findings);

        // then
        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.get("errors").asLong()).isEqualTo(100_000);
        assertThat(report.get("warnings").asLong()).isEqualTo(1);
        assertThat(report.get("findings")).hasSize(Diagnostics.LIMIT_PER_RULE + 1);
        assertThat(report.get("omitted").toString())
                .isEqualTo("[{\"code\":\"PB-STATEMENT-DUPLICATE\",\"severity\":\"error\",\"count\":99950}]");
        assertThat(json.length()).isLessThan(30_000);
    }

    @Test
    void should_leave_out_the_omitted_field_when_nothing_is_omitted() {
        // when
        String json = ValidationReport.json(List.of(
                Diagnostic.error(Rule.STATEMENT_DUPLICATE, SourcePosition.of("s.yaml", 1, 9), "second statement")));

        // then
        assertThat(json).doesNotContain("omitted");
    }
}
