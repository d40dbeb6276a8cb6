package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;
import java.time.LocalDate;

/**
 * {@link Rule#DATE_AFTER_PROGRAM}: an evidence or verification record dated after the program's own
 * date makes evidence age meaningless: most likely a typo.
 */
final class RecordDateCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        LocalDate programDate = inputs.program().value().program().date();
        if (programDate == null) {
            return;
        }
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            for (int i = 0; i < statement.evidence().size(); i++) {
                check(
                        statement.evidence().get(i).date(),
                        programDate,
                        located.position("evidence/" + i + "/date"),
                        "evidence",
                        diagnostics);
            }
            for (int i = 0; i < statement.verification().size(); i++) {
                check(
                        statement.verification().get(i).date(),
                        programDate,
                        located.position("verification/" + i + "/date"),
                        "verification",
                        diagnostics);
            }
        }
    }

    private static void check(
            LocalDate date, LocalDate programDate, SourcePosition at, String what, Diagnostics diagnostics) {
        if (date != null && date.isAfter(programDate)) {
            diagnostics.warning(
                    Rule.DATE_AFTER_PROGRAM,
                    at,
                    what + " dated " + date + ", after the program's date " + programDate,
                    null);
        }
    }
}
