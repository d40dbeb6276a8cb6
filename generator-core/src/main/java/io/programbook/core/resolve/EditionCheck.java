package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.model.Profile;

/** {@link Rule#PROFILE_EDITION}: every profile of the chain tailors the edition the program follows. */
final class EditionCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        String followed = resolution.catalog().reference();
        for (Located<Profile> located : resolution.chain()) {
            String made = located.value().catalog();
            if (!made.equals(followed)) {
                diagnostics.error(
                        Rule.PROFILE_EDITION,
                        located.position("catalog"),
                        "profile '" + located.value().id() + "' is made for " + made + " but the program follows "
                                + followed,
                        "use a profile for " + followed + ", or move the program to " + made
                                + " (set 'catalog:' in program.yaml)");
            }
        }
    }
}
