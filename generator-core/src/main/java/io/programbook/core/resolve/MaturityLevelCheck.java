package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Profile;

/**
 * {@link Rule#MATURITY_UNKNOWN} and {@link Rule#FIELD_REQUIRED} for maturity: every level a
 * profile names is one of the catalogue's, and some profile of the chain sets a default.
 */
final class MaturityLevelCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        Catalog catalog = resolution.catalog();
        boolean defaultGiven = false;
        for (Located<Profile> located : resolution.chain()) {
            Profile profile = located.value();
            for (int i = 0; i < profile.maturity().size(); i++) {
                check(
                        catalog,
                        profile.maturity().get(i).level(),
                        located.position("maturity/" + i + "/level"),
                        diagnostics);
            }
            if (!profile.defaultMaturity().isEmpty()) {
                defaultGiven = true;
                check(catalog, profile.defaultMaturity(), located.position("defaultMaturity"), diagnostics);
            }
        }
        if (!defaultGiven) { // an unknown level is reported where it is written
            Located<Profile> own = resolution.chain().get(resolution.chain().size() - 1);
            diagnostics.error(
                    Rule.FIELD_REQUIRED,
                    own.position(),
                    "no profile of the chain sets 'defaultMaturity'",
                    "add 'defaultMaturity: ML2' (or another level) to "
                            + own.at().file());
        }
    }

    private static void check(Catalog catalog, String level, SourcePosition at, Diagnostics diagnostics) {
        if (catalog.rank(level) == 0) {
            diagnostics.error(
                    Rule.MATURITY_UNKNOWN,
                    at,
                    "unknown maturity level '" + level + "'",
                    "use one of: "
                            + String.join(
                                    ", ",
                                    catalog.maturityLevels().stream()
                                            .map(l -> l.id())
                                            .toList()));
        }
    }
}
