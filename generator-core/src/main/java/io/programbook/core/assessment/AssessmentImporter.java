package io.programbook.core.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.model.Assessment;
import io.programbook.core.model.Component;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Program;
import io.programbook.core.model.Verdict;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a filled assessment worksheet into an {@link Assessment} of the program: each row with a
 * verdict becomes a result for its item, role and component, with the fingerprint of the declared
 * maturity, statement and evidence the assessor read. Every problem is reported at its sheet and
 * cell ({@code assessment-worksheet.xlsx!J57}), all in one run; nothing is returned when any is found.
 */
public final class AssessmentImporter {

    /** The scheme's words and ours for a role or component cell: the worksheet's languages. */
    private static final List<Messages> LANGUAGES = List.of(Messages.english(), Messages.of(Locale.GERMAN));

    private final WorksheetBuilder worksheets = new WorksheetBuilder();

    /** What an import found: the assessment and where it goes. */
    public record Imported(Assessment assessment, Path file, int rows) {}

    /**
     * @param worksheet   the filled workbook
     * @param displayName how findings name it, e.g. {@code target/programbook/assessment-worksheet.xlsx}
     * @param assessor    the assessor, when the goal names one; otherwise the program sheet's
     * @param date        the assessment date, likewise
     * @param scheme      the scheme, likewise
     */
    public Optional<Imported> read(
            ProgramInputs inputs,
            ResolvedProfile profile,
            Path worksheet,
            String displayName,
            Optional<String> assessor,
            Optional<LocalDate> date,
            Optional<String> scheme,
            Diagnostics diagnostics) {
        Program program = inputs.program().value();
        Optional<WorksheetWorkbook.Filled> read;
        try (InputStream in = Files.newInputStream(worksheet)) {
            read = WorksheetWorkbook.read(in);
        } catch (IOException e) {
            diagnostics.error(
                    Rule.WORKSHEET_UNREADABLE,
                    SourcePosition.wholeFile(displayName),
                    "cannot read the worksheet: " + e.getMessage());
            return Optional.empty();
        }
        if (read.isEmpty()) {
            diagnostics.error(
                    Rule.WORKSHEET_UNREADABLE,
                    SourcePosition.wholeFile(displayName),
                    "not an assessment worksheet of Programbook: an Excel workbook (.xlsx) with the worksheet and"
                            + " the program sheet, marked '" + Worksheet.FORMAT + "', was expected");
            return Optional.empty();
        }
        WorksheetWorkbook.Filled filled = read.get();
        String sheet = displayName + "!" + filled.programSheet() + "!";
        List<String> identity = filled.identity();
        String organisation = identity.get(WorksheetWorkbook.ORGANISATION);
        if (!organisation.equals(program.organisation().name())) {
            diagnostics.error(
                    Rule.WORKSHEET_OTHER_PROGRAM,
                    cell(sheet, WorksheetWorkbook.ORGANISATION),
                    "the worksheet is of '" + organisation + "', this program of '"
                            + program.organisation().name() + "'");
        }
        String catalog = identity.get(WorksheetWorkbook.CATALOG);
        if (!catalog.equals(program.catalog())) {
            diagnostics.error(
                    Rule.WORKSHEET_OTHER_PROGRAM,
                    cell(sheet, WorksheetWorkbook.CATALOG),
                    "the worksheet is of the catalogue edition '" + catalog + "', this program follows '"
                            + program.catalog() + "'");
        }
        String who = assessor.filter(s -> !s.isBlank())
                .orElse(identity.get(WorksheetWorkbook.ASSESSOR))
                .strip();
        if (who.isEmpty()) {
            diagnostics.error(
                    Rule.ASSESSMENT_INCOMPLETE,
                    cell(sheet, WorksheetWorkbook.ASSESSOR),
                    "the worksheet does not name the assessor");
        }
        String how = scheme.filter(s -> !s.isBlank())
                .orElse(identity.get(WorksheetWorkbook.SCHEME))
                .strip();
        if (how.isEmpty()) {
            diagnostics.error(
                    Rule.ASSESSMENT_INCOMPLETE,
                    cell(sheet, WorksheetWorkbook.SCHEME),
                    "the worksheet does not name the assessment scheme");
        }
        Optional<LocalDate> when = date.or(() -> {
            String written = identity.get(WorksheetWorkbook.ASSESSMENT_DATE);
            try {
                return Optional.of(LocalDate.parse(written));
            } catch (DateTimeParseException e) {
                diagnostics.error(
                        Rule.ASSESSMENT_INCOMPLETE,
                        cell(sheet, WorksheetWorkbook.ASSESSMENT_DATE),
                        written.isEmpty()
                                ? "the worksheet does not give the assessment date"
                                : "'" + written + "' is not a date; write it as YYYY-MM-DD");
                return Optional.empty();
            }
        });

        Worksheet current = worksheets.build(inputs, profile, Messages.english());
        Map<ItemId, Boolean> known = new HashMap<>();
        inputs.catalog().items().forEach(i -> known.put(i.id(), true));
        Map<Worksheet.Key, Integer> seen = new HashMap<>();
        List<Assessment.Result> results = new ArrayList<>();
        String main = displayName + "!";
        for (WorksheetWorkbook.FilledRow row : filled.rows()) {
            int n = row.number();
            String idCell = row.cell(1);
            Optional<ItemId> item = Worksheet.parseId(idCell);
            boolean matchable = true;
            if (item.isEmpty()) {
                diagnostics.error(
                        Rule.WORKSHEET_ROW_UNMATCHED,
                        at(main, 1, n),
                        idCell.isEmpty() ? "the row has no item id" : "'" + idCell + "' is not an item id",
                        "write the id as the worksheet does, e.g. SP.01.01BR or SP.01.01RE(1)");
                matchable = false;
            } else if (!known.containsKey(item.get())) {
                diagnostics.error(
                        Rule.WORKSHEET_ROW_UNMATCHED,
                        at(main, 1, n),
                        "item " + item.get() + " does not exist in " + program.catalog());
                matchable = false;
            }
            Optional<String> role = role(row.cell(3));
            if (role.isEmpty()) {
                diagnostics.error(
                        Rule.WORKSHEET_ROW_UNMATCHED,
                        at(main, 3, n),
                        "'" + row.cell(3) + "' is not a role of the worksheet",
                        "write Integrator or Maintenance Provider");
                matchable = false;
            } else if (!program.services().contains(role.get())) {
                diagnostics.error(
                        Rule.SERVICE_ROLE_UNASSESSED,
                        at(main, 3, n),
                        "the program is not assessed as " + row.cell(3) + " (program.yaml 'services' lists "
                                + String.join(", ", program.services()) + ")");
                matchable = false;
            }
            Optional<String> component = component(row.cell(6), program.components());
            if (component.isEmpty()) {
                diagnostics.error(
                        Rule.COMPONENT_UNKNOWN,
                        at(main, 6, n),
                        "'" + row.cell(6) + "' is not a component of the program",
                        "write a component's name as program.yaml 'components' declares it, or leave the cell"
                                + " as the worksheet wrote it");
                matchable = false;
            }
            Optional<Worksheet.Key> key = matchable
                    ? Optional.of(new Worksheet.Key(item.get(), role.get(), component.get()))
                    : Optional.empty();
            Optional<Worksheet.Row> judged = key.flatMap(current::row);
            if (key.isPresent() && judged.isEmpty()) {
                diagnostics.error(
                        Rule.WORKSHEET_ROW_UNMATCHED,
                        at(main, 1, n),
                        "this program's worksheet has no row for " + item.get() + ", " + row.cell(3)
                                + (component.get().isEmpty() ? "" : ", " + row.cell(6))
                                + ": the item is out of scope, or its statements do not differ as the row says",
                        "export the worksheet again (generate) and copy the verdicts into it");
                key = Optional.empty();
            }
            if (key.isPresent()) {
                Integer first = seen.putIfAbsent(key.get(), n);
                if (first != null) {
                    diagnostics.error(
                            Rule.WORKSHEET_ROW_UNMATCHED,
                            at(main, 1, n),
                            "the same item, role and component as row " + first,
                            "keep one of the two rows");
                    key = Optional.empty();
                }
            }
            String verdictCell = row.cell(Worksheet.VERDICT_COLUMN);
            String remarks = row.cell(Worksheet.VERDICT_COLUMN - 1);
            Optional<Verdict> verdict = Verdict.of(verdictCell);
            if (verdictCell.isEmpty()) {
                if (!remarks.isEmpty()) {
                    diagnostics.error(
                            Rule.VERDICT_INVALID,
                            at(main, Worksheet.VERDICT_COLUMN, n),
                            "the row has remarks but no verdict");
                }
                continue;
            }
            if (verdict.isEmpty()) {
                diagnostics.error(
                        Rule.VERDICT_INVALID,
                        at(main, Worksheet.VERDICT_COLUMN, n),
                        "'" + verdictCell + "' is not a verdict of the list (Pass, Fail, N/A, N/E)");
                continue;
            }
            if (key.isPresent()) {
                results.add(new Assessment.Result(
                        key.get().item(),
                        key.get().role(),
                        key.get().component(),
                        verdict.get(),
                        remarks,
                        judged.map(Worksheet.Row::fingerprint).orElse(""),
                        null));
            }
        }
        if (diagnostics.hasErrors() || when.isEmpty()) {
            return Optional.empty();
        }
        Path file = inputs.programDir()
                .resolve(ProgramLoader.ASSESSMENTS_DIR)
                .resolve(when.get() + "-" + slug(who) + ".yaml");
        return Optional.of(new Imported(
                new Assessment(
                        how,
                        who,
                        when.get(),
                        program.catalog(),
                        program.program().version(),
                        results),
                file,
                filled.rows().size()));
    }

    /** The YAML of an assessment record, as {@code import-assessment} writes it. */
    public static String yaml(Assessment assessment, String worksheetName) {
        YAMLMapper mapper = YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                        .build())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        try {
            return "# Assessment record, imported from " + worksheetName + " by Programbook (import-assessment).\n"
                    + "# Give each Fail and N/E a corrective action: action: {owner: <role id>, due: YYYY-MM-DD}.\n"
                    + mapper.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourcePosition cell(String sheet, int field) {
        return SourcePosition.wholeFile(sheet + WorksheetWorkbook.cellName(1, field + 1));
    }

    private static SourcePosition at(String sheet, int column, int row) {
        return SourcePosition.wholeFile(sheet + WorksheetWorkbook.cellName(column, row));
    }

    private static Optional<String> role(String cell) {
        for (String role : List.of(Program.INTEGRATION, Program.MAINTENANCE)) {
            for (Messages language : LANGUAGES) {
                if (language.get("worksheet.role." + role).equalsIgnoreCase(cell.strip())
                        || role.equalsIgnoreCase(cell.strip())) {
                    return Optional.of(role);
                }
            }
        }
        return Optional.empty();
    }

    /** A component's id; empty text for a row about every component; empty when unknown. */
    private static Optional<String> component(String cell, List<Component> components) {
        String text = cell.strip();
        if (text.isEmpty()
                || LANGUAGES.stream()
                        .anyMatch(m -> m.get("worksheet.component.all").equalsIgnoreCase(text))) {
            return Optional.of("");
        }
        return components.stream()
                .filter(c -> c.name().equalsIgnoreCase(text) || c.id().equals(text))
                .map(Component::id)
                .findFirst();
    }

    /** A file-name part: {@code Jane Doe (TÜV)} gives {@code jane-doe-tuv}. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "assessor" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    /** Counts of verdicts, for the build log: {@code 3 Pass, 1 Fail}. */
    public static String counts(Assessment assessment) {
        Map<Verdict, Long> counts = assessment.results().stream()
                .collect(Collectors.groupingBy(Assessment.Result::verdict, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            if (counts.containsKey(v)) {
                parts.add(counts.get(v) + " " + v.label());
            }
        }
        return parts.isEmpty() ? "no verdict" : String.join(", ", parts);
    }
}
