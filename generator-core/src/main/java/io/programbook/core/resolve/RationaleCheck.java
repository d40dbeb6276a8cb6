package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.model.Exclusion;
import io.programbook.core.model.Profile;

/** {@link Rule#RATIONALE_MISSING}: every exclusion says why the items it selects do not apply. */
final class RationaleCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        for (Located<Profile> located : resolution.chain()) {
            for (int i = 0; i < located.value().exclude().size(); i++) {
                Exclusion exclusion = located.value().exclude().get(i);
                if (exclusion.rationale().isEmpty()) {
                    diagnostics.error(
                            Rule.RATIONALE_MISSING,
                            located.position("exclude/" + i),
                            "exclusion of '" + exclusion.select() + "' has no rationale");
                }
            }
        }
    }
}
