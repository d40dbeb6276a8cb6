package io.programbook.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions of a run are rendered at the same time, each over inputs of its own: the register of
 * each is made once, however their documents' requests for it alternate.
 */
class EvidenceRegisterMemoTest {

    @TempDir
    Path base;

    @Test
    void should_make_each_editions_register_once_when_editions_alternate() {
        ProgramBuilder program = Fixtures.program(base);
        program.write();
        List<ProgramInputs> editions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            editions.add(new Programbook().load(base, program.programDir(), new Diagnostics()));
        }
        List<EvidenceRegister> first =
                editions.stream().map(EvidenceRegister::of).toList();

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < editions.size(); i++) {
                assertThat(EvidenceRegister.of(editions.get(i)))
                        .as("edition %d, round %d", i, round)
                        .isSameAs(first.get(i));
            }
        }
    }
}
