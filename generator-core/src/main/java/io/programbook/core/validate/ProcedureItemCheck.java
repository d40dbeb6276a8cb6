package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.ItemRef;
import io.programbook.core.model.Procedure;
import io.programbook.core.resolve.ResolvedProfile;

/** {@link Rule#ITEM_UNKNOWN} for {@code :pb-satisfies:}: a procedure declares items of the catalogue. */
final class ProcedureItemCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Procedure procedure : inputs.procedures()) {
            for (ItemRef ref : procedure.satisfies()) {
                if (profile.item(ref.id()).isEmpty()) {
                    UnknownItems.report(
                            ref.id(),
                            ref.at(),
                            "procedure '" + procedure.id() + "' declares",
                            inputs.catalog(),
                            diagnostics);
                }
            }
        }
    }
}
