package io.programbook.core.output;

import io.programbook.core.assessment.Findings;
import io.programbook.core.render.Adoc;
import io.programbook.core.text.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the handbook and the gap report show of the program's assessments, escaped for AsciiDoc:
 * the last verdict per item, and the open findings.
 */
final class AssessmentViews {

    private AssessmentViews() {}

    /**
     * One open finding of the gap report.
     *
     * @param where the assessment record and line of the result, to add or close its action
     */
    public record FindingRow(
            String item, String row, String verdict, String remarks, String action, boolean overdue, String where) {}

    /** The handbook's verdict line per item, by the item's anchor; items no assessment judged are absent. */
    static Map<String, String> verdicts(OutputContext context, Findings findings) {
        Map<String, String> verdicts = new TreeMap<>();
        Messages messages = context.messages();
        context.profile()
                .inScope()
                .forEach(item -> findings.summary(item.item().id(), context.inputs(), messages)
                        .ifPresent(line -> verdicts.put(item.item().id().anchor(), Adoc.text(line))));
        return verdicts;
    }

    /** The open findings, in catalogue order. */
    static List<FindingRow> openFindings(OutputContext context, Findings findings) {
        Messages messages = context.messages();
        Optional<LocalDate> asOf =
                Optional.ofNullable(context.inputs().program().value().program().date());
        return findings.open().stream()
                .map(j -> new FindingRow(
                        Adoc.text(j.item().toString()),
                        Adoc.text(j.row(messages, context.inputs())
                                + (j.changed() ? " – " + messages.get("assessment.changed") : "")),
                        Adoc.text(j.verdict().label()),
                        Adoc.text(j.result().remarks()),
                        Adoc.text(j.result()
                                .correctiveAction()
                                .map(a -> Findings.action(a, context.inputs(), messages))
                                .orElse(messages.get("assessment.action.none"))),
                        asOf.map(j::overdue).orElse(false),
                        j.at().toString()))
                .toList();
    }
}
