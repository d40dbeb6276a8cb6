package io.programbook.core.render;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.pipeline.RenderedDocs;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.testutil.GoldenFiles;
import io.programbook.core.trace.Trace;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pins the whole generated AsciiDoc of a small program, byte for byte. */
class HandbookGoldenTest {

    @Test
    void should_render_the_handbook_of_a_small_program_exactly_as_expected() throws Exception {
        // given
        Path caseDir = GoldenFiles.ROOT.resolve("small-integrator");
        Programbook generator = new Programbook();
        Diagnostics diagnostics = new Diagnostics();
        ProgramInputs inputs = generator.load(caseDir, caseDir.resolve("program"), diagnostics);
        ResolvedProfile profile = generator.resolve(inputs, diagnostics);
        Trace trace = generator.trace(inputs, profile, Optional.empty());

        // when
        RenderedDocs docs = generator.render(inputs, profile, trace);

        // then
        GoldenFiles.assertMatches(docs.documents().get("handbook.adoc"), caseDir.resolve("expected/handbook.adoc"));
    }
}
