package io.programbook.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.EvidenceOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.testutil.ExampleProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assessor package's size limits: a located error for every file over it, and nothing written. */
class EvidenceLimitsIT {

    @TempDir
    Path temp;

    private GenerateRequest request(Path program, long maxFile, long maxPackage) {
        return new GenerateRequest(
                temp,
                program,
                temp.resolve("out"),
                Optional.empty(),
                DocumentOptions.of(Set.of(OutputFormat.ADOC)),
                ContentPolicy.STRICT,
                new EvidenceOptions(maxFile, maxPackage, 3));
    }

    @Test
    void should_name_every_shareable_file_over_the_limit_at_its_entry_and_write_nothing() {
        // given
        Path program = ExampleProgram.copy(temp.resolve("program"));

        // when
        GeneratorException failure = catchThrowableOfType(
                GeneratorException.class, () -> Generator.create().generate(request(program, 5_000, 250L << 20)));

        // then
        assertThat(failure.diagnostics())
                .filteredOn(d -> d.rule().code().equals("PB-EVIDENCE-TOO-LARGE"))
                .extracting(Diagnostic::headline)
                .containsExactly(
                        "program/statements/sp07-remote-access.yaml:16:9: error [PB-EVIDENCE-TOO-LARGE] evidence file"
                                + " 'evidence/remote-access-log-2026-08.csv' (EV-remote-access-log-2026-08) is 5,133"
                                + " bytes, more than the 5,000 an evidence file of the assessor package may have");
        assertThat(temp.resolve("out").resolve(EvidencePackage.FILE)).doesNotExist();
        assertThat(temp.resolve("out").resolve("handbook.adoc")).doesNotExist();
    }

    @Test
    void should_refuse_a_package_over_its_limit() throws Exception {
        // given
        Path program = ExampleProgram.copy(temp.resolve("program"));

        // when
        GeneratorException failure = catchThrowableOfType(
                GeneratorException.class, () -> Generator.create().generate(request(program, 25L << 20, 100_000)));

        // then
        assertThat(failure.diagnostics())
                .filteredOn(d -> d.rule().code().equals("PB-EVIDENCE-TOO-LARGE"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.at().toString()).isEqualTo("out/evidence-package.zip");
                    assertThat(d.message())
                            .startsWith("the assessor package would hold ")
                            .endsWith(", more than its limit of 100,000");
                });
        assertThat(Files.exists(temp.resolve("out").resolve(EvidencePackage.FILE)))
                .isFalse();
    }
}
