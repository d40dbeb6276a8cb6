package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The editions of a run convert their documents on one converter from several threads at once.
 * Asciidoctor's conversions on the one shared instance run one at a time, since its log handlers
 * belong to the instance: each warning is reported with the document that caused it, never with
 * another edition's converted at the same time.
 */
class ParallelConversionIT {

    @Test
    void should_name_each_documents_own_file_in_its_warnings_when_converted_from_several_threads() throws Exception {
        // Asciidoctor for every document: the fast path would not warn
        DocumentConverter converter = new DocumentConverter(Optional.empty(), true, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentConverter.Converted>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String adoc = "= Document " + i + "\n\nA line with {missing-" + i + "} in it.\n\n"
                        + "Another line.\n".repeat(i * 20);
                String source = "target/programbook/customers/c" + i + "/handbook.adoc";
                futures.add(pool.submit(() -> converter.toHtmlBody(adoc, source, Map.of())));
            }
            for (int i = 0; i < futures.size(); i++) {
                List<Diagnostic> warnings = futures.get(i).get().diagnostics();
                assertThat(warnings).as("document %d", i).isNotEmpty();
                for (Diagnostic warning : warnings) {
                    assertThat(warning.at().file())
                            .as("document %d", i)
                            .isEqualTo("target/programbook/customers/c" + i + "/handbook.adoc");
                    assertThat(warning.message()).contains("missing-" + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
