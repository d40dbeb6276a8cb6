package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.MaturityRule;
import io.programbook.core.model.Profile;

/**
 * {@link Rule#SELECTOR_INVALID}: every selector of an include, exclude or maturity rule parses (a
 * maturity rule with an unknown level is reported by {@link MaturityLevelCheck} alone).
 */
final class SelectorCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        for (Located<Profile> located : resolution.chain()) {
            Profile profile = located.value();
            for (int i = 0; i < profile.include().size(); i++) {
                check(profile.include().get(i), located.position("include/" + i), diagnostics);
            }
            for (int i = 0; i < profile.exclude().size(); i++) {
                check(profile.exclude().get(i).select(), located.position("exclude/" + i + "/select"), diagnostics);
            }
            for (int i = 0; i < profile.maturity().size(); i++) {
                MaturityRule rule = profile.maturity().get(i);
                if (resolution.catalog().rank(rule.level()) > 0) {
                    check(rule.select(), located.position("maturity/" + i + "/select"), diagnostics);
                }
            }
        }
    }

    private static void check(String text, SourcePosition at, Diagnostics diagnostics) {
        try {
            Selector.parse(text);
        } catch (InvalidValueException e) {
            diagnostics.error(
                    Rule.SELECTOR_INVALID,
                    at,
                    e.getMessage(),
                    e.suggestion().isEmpty() ? Rule.SELECTOR_INVALID.hint() : e.suggestion());
        }
    }
}
