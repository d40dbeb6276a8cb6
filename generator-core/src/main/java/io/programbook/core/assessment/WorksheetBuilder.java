package io.programbook.core.assessment;

import io.programbook.core.evidence.EvidenceIds;
import io.programbook.core.evidence.EvidenceRecord;
import io.programbook.core.evidence.EvidenceRegister;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Assessment;
import io.programbook.core.model.Component;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import io.programbook.core.trace.TraceMatrixBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes a program's {@link Worksheet}: one row per in-scope item of the standard, per service role
 * the program is assessed in ({@code services}), and per component where the item's statements
 * differ per component. A row shows the statement that covers its role and component (the one that
 * names them before a common one), and the verdict and remarks of the last assessment for it.
 */
public final class WorksheetBuilder {

    public Worksheet build(ProgramInputs inputs, ResolvedProfile profile, Messages messages) {
        Program program = inputs.program().value();
        Optional<Assessment> last =
                inputs.lastAssessment().filter(a -> a.catalog().equals(program.catalog()));
        Map<Worksheet.Key, Assessment.Result> judged = last.map(a -> a.results().stream()
                        .collect(Collectors.toMap(
                                r -> new Worksheet.Key(r.item(), r.role(), r.component()), r -> r, (a1, a2) -> a2)))
                .orElse(Map.of());
        Optional<SummaryLevels> levels = SummaryLevels.of(program.catalog());
        EvidenceRegister register = EvidenceRegister.of(inputs);
        Map<ItemId, List<Statement>> statements = inputs.statements().stream()
                .map(Located::value)
                .filter(s -> s.customers().isEmpty())
                .collect(Collectors.groupingBy(Statement::item));
        List<Worksheet.Row> rows = new ArrayList<>();
        for (ResolvedItem item : profile.inScope()) {
            Optional<SummaryLevels.Level> level =
                    levels.flatMap(l -> l.level(item.item().id()));
            if (!item.source().equals(program.catalog()) || level.isEmpty()) {
                continue; // the organisation's own requirements are not part of the scheme's worksheet
            }
            List<Statement> forItem = statements.getOrDefault(item.item().id(), List.of());
            for (String role : program.services()) {
                boolean perComponent = !program.components().isEmpty()
                        && forItem.stream()
                                .anyMatch(
                                        s -> covers(s, role) && !s.components().isEmpty());
                List<Optional<Component>> components = perComponent
                        ? program.components().stream().map(Optional::of).toList()
                        : List.of(Optional.empty());
                for (Optional<Component> component : components) {
                    Optional<Statement> statement = forItem.stream()
                            .filter(s -> covers(s, role)
                                    && component
                                            .map(c -> s.components().isEmpty()
                                                    || s.components().contains(c.id()))
                                            .orElse(true))
                            .min(Comparator.comparingInt(s -> generality(s, component.isPresent())));
                    Worksheet.Row row = row(
                            level.get().name(messages.locale()),
                            item,
                            role,
                            component,
                            !program.components().isEmpty(),
                            statement,
                            profile.parameters(),
                            register,
                            messages);
                    Assessment.Result result = judged.get(row.key());
                    rows.add(
                            result == null
                                    ? row
                                    : row.judged(
                                            result.remarks(), result.verdict().label()));
                }
            }
        }
        return new Worksheet(identity(inputs, profile, last, messages), rows);
    }

    private static boolean covers(Statement statement, String role) {
        return statement.roles().isEmpty() || statement.roles().contains(role);
    }

    /** 0 for a statement that names role and component, up to 2 for one common to all. */
    private static int generality(Statement statement, boolean perComponent) {
        return (statement.roles().isEmpty() ? 1 : 0)
                + (perComponent && statement.components().isEmpty() ? 1 : 0);
    }

    private static Worksheet.Row row(
            String level,
            ResolvedItem item,
            String role,
            Optional<Component> component,
            boolean hasComponents,
            Optional<Statement> statement,
            Map<String, String> parameters,
            EvidenceRegister register,
            Messages messages) {
        String requirement = item.official()
                .map(o -> o.text())
                .filter(t -> !t.isBlank())
                .orElseGet(
                        () -> messages.get("worksheet.paraphrase", item.item().title()));
        String maturity = statement
                .map(Statement::maturity)
                .filter(m -> m.matches("ML[1-4]"))
                .filter(m -> statement.get().status() != Status.NOT_APPLICABLE)
                .map(m -> m.substring(2))
                .orElse("");
        String text = statement.map(s -> statementText(s, parameters, messages)).orElse("");
        String evidence = statement
                .map(s -> s.evidence().stream()
                        .map(e -> evidenceLabel(e, register))
                        .collect(Collectors.joining("\n")))
                .orElse("");
        return new Worksheet.Row(
                level,
                item.item().id(),
                requirement,
                role,
                component.map(Component::id).orElse(""),
                messages.get("worksheet.role." + role),
                maturity,
                text,
                component.map(Component::name).orElse(hasComponents ? messages.get("worksheet.component.all") : ""),
                evidence,
                "",
                "",
                statement.map(Worksheet::fingerprint).orElse(""));
    }

    private static String statementText(Statement statement, Map<String, String> parameters, Messages messages) {
        if (statement.status() == Status.NOT_APPLICABLE) {
            return messages.get(
                    "worksheet.status.notApplicable",
                    TraceMatrixBuilder.plainText(statement.justification(), parameters));
        }
        String text = TraceMatrixBuilder.plainText(statement.text(), parameters);
        return switch (statement.status()) {
            case PARTIAL -> messages.get("worksheet.status.partial", text);
            case PLANNED -> messages.get("worksheet.status.planned", text);
            default -> text;
        };
    }

    /**
     * How the worksheet names an evidence record: its id in the evidence register (declared, or made
     * from the file name or address) and the entry's title, as the matrix and the register show it.
     */
    static String evidenceLabel(Evidence evidence, EvidenceRegister register) {
        String id = register.recordOf(evidence).map(EvidenceRecord::id).orElseGet(() -> EvidenceIds.of(evidence));
        return id + " " + evidence.title();
    }

    private static Worksheet.Identity identity(
            ProgramInputs inputs, ResolvedProfile profile, Optional<Assessment> last, Messages messages) {
        Program program = inputs.program().value();
        return new Worksheet.Identity(
                program.organisation().name(),
                program.program().title(),
                program.program().version(),
                profile.profile().name() + " " + profile.profile().version(),
                program.catalog(),
                program.program().date() == null ? "" : program.program().date().toString(),
                last.map(Assessment::scheme).orElse(messages.get("worksheet.scheme.default")),
                last.map(Assessment::assessor).orElse(""),
                last.map(a -> a.date().toString()).orElse(""));
    }
}
