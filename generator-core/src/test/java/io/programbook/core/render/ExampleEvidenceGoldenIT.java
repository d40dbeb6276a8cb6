package io.programbook.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.testutil.ExampleProgram;
import io.programbook.core.testutil.GoldenFiles;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the example's evidence register (CSV) and review calendar (.ics) byte for byte, and reads the
 * calendar with a calendar library: every evidence record with its hash, every open action.
 */
class ExampleEvidenceGoldenIT {

    static final Path EXPECTED = GoldenFiles.ROOT.resolve("nordwind-automation/expected");

    @TempDir
    static Path temp;

    @BeforeAll
    static void generate() {
        Path program = ExampleProgram.copy(temp.resolve("src/programbook"));
        Generator.create()
                .generate(new GenerateRequest(
                        temp,
                        program,
                        temp.resolve("out"),
                        Set.of(OutputFormat.ADOC),
                        Optional.empty(),
                        Optional.empty()));
    }

    private static String written(String name) throws Exception {
        return Files.readString(temp.resolve("out").resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void should_write_the_register_csv_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(written("evidence-register.csv"), EXPECTED.resolve("evidence-register.csv"));
    }

    @Test
    void should_write_the_calendar_exactly_as_expected() throws Exception {
        GoldenFiles.assertMatches(written("review-calendar.ics"), EXPECTED.resolve("review-calendar.ics"));
    }

    @Test
    void should_write_a_calendar_that_a_calendar_library_reads_with_every_open_action() throws Exception {
        // when
        Calendar calendar = new CalendarBuilder().build(new StringReader(written("review-calendar.ics")));

        // then
        var events = calendar.<VEvent>getComponents(VEvent.VEVENT);
        assertThat(events)
                .extracting(e -> e.getSummary().orElseThrow().getValue())
                .filteredOn(s -> s.startsWith("Action due: "))
                .hasSize(13)
                .contains("Action due: SP.03.01 RE(2)", "Action due: SP.12.05 BR");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates();
        assertThat(events)
                .extracting(e -> e.getSummary().orElseThrow().getValue())
                .contains(
                        "Evidence EV-remote-access-log-2026-08 expires: Remote service gateway session log, August 2026");
    }

    @Test
    void should_list_every_file_of_the_register_with_its_hash_but_the_missing_one() throws Exception {
        // when
        var lines = written("evidence-register.csv")
                .lines()
                .skip(1)
                .filter(l -> l.contains(",file,"))
                .toList();

        // then
        assertThat(lines).hasSize(17);
        assertThat(lines)
                .filteredOn(l -> !l.matches(".*,[0-9a-f]{64},(true|false),.*"))
                .singleElement()
                .satisfies(l -> assertThat(l)
                        .contains("patch-qualification-report-2026Q2.pdf")
                        .endsWith(",missing"));
    }
}
