package io.programbook.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.GenerateRequest;
import io.programbook.core.Generator;
import io.programbook.core.RenderedDocs;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.trace.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the statement of applicability of the bundled example program byte for byte. Run with
 * {@code -Dgolden.update=true} to rewrite the expected file after an intended change, then review the diff.
 */
class ApplicabilityGoldenTest {

    /** The example program of the reactor, read in place. */
    static final Path EXAMPLE = Path.of("../examples/nordwind-automation");
    static final Path EXPECTED = Path.of("src/test/resources/golden/nordwind-automation/expected/applicability.adoc");

    @Test
    void should_render_the_statement_of_applicability_of_the_example_exactly_as_expected() throws IOException {
        // given
        Generator generator = Generator.create();
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(EXAMPLE, EXAMPLE.resolve("src/programbook"), diagnostics);
        ResolvedProfile profile = generator.validate(inputs, diagnostics);
        Trace trace = generator.trace(inputs, profile, GenerateRequest.conventional(EXAMPLE));

        // when
        RenderedDocs docs = generator.render(inputs, profile, trace);

        // then
        assertThat(diagnostics.all()).isEmpty();
        String actual = docs.documents().get(ApplicabilityOutput.ADOC);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertThat(EXPECTED).as("golden file (run with -Dgolden.update=true to create or update it)").exists();
        assertThat(actual).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }
}
