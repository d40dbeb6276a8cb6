package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One assessment of the program, kept in {@code assessments/<date>-<assessor>.yaml}: who assessed
 * it, under which scheme and when, and the verdict per item, role and component. The
 * {@code import-assessment} goal writes it from a filled worksheet; the program's people add the
 * corrective action of each finding.
 *
 * @param scheme   the scheme assessed under, e.g. {@code IECEE CB (IEC TS 62443-6-1)}
 * @param assessor who assessed, e.g. a person and their body
 * @param date     the date of the assessment
 * @param catalog  the catalogue edition assessed against, e.g. {@code iec-62443-2-4@2023}
 * @param program  the program version assessed
 * @param results  the verdicts, in worksheet order
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Assessment(
        String scheme, String assessor, LocalDate date, String catalog, String program, List<Result> results) {

    @JsonCreator
    public Assessment {
        scheme = requireText(scheme, "scheme").strip();
        assessor = requireText(assessor, "assessor").strip();
        require(date, "date");
        catalog = requireText(catalog, "catalog").strip();
        program = Lists.text(program);
        results = Lists.copy(results);
    }

    /**
     * The verdict on one worksheet row.
     *
     * @param item      the requirement item
     * @param role      the service role, {@code integration} or {@code maintenance}
     * @param component a component id of the program; empty: every component (the statement is common)
     * @param verdict   the assessor's verdict
     * @param remarks   the assessor's remarks; empty when none
     * @param statement the fingerprint of the statement judged ({@code sha256:…}); empty when the
     *                  row had no statement
     * @param action    the corrective action of a finding (Fail, N/E); null until the program adds one
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Result(
            ItemId item,
            String role,
            String component,
            Verdict verdict,
            String remarks,
            String statement,
            Action action) {

        @JsonCreator
        public Result {
            require(item, "item");
            role = requireText(role, "role").strip();
            component = Lists.text(component);
            require(verdict, "verdict");
            remarks = Lists.text(remarks);
            statement = Lists.text(statement);
        }

        /** The corrective action, if the program has agreed one. */
        @JsonIgnore
        public Optional<Action> correctiveAction() {
            return Optional.ofNullable(action);
        }

        /** A finding: a Fail or N/E verdict, which needs a corrective action until it is done. */
        @JsonIgnore
        public boolean isFinding() {
            return verdict.opensFinding();
        }

        /** A finding whose corrective action is not done. */
        @JsonIgnore
        public boolean isOpenFinding() {
            return isFinding() && (action == null || action.state() == Action.State.OPEN);
        }
    }
}
