package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.model.Item;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link Rule#SELECTOR_CONFLICT}: within one profile, two rules of the same specificity must not
 * disagree about an item (include and exclude, or two maturity levels). Each pair of rules is
 * reported once, at the later one, naming the first item they disagree about.
 */
final class SelectorConflictCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        for (ProfileRules rules : resolution.rules()) {
            Set<String> reported = new HashSet<>();
            for (Item item : rules.known()) {
                rules.decideScope(item, (best, rule) -> {
                    if (reported.add(
                            best.decision().at() + "|" + rule.decision().at())) {
                        ProfileRules.ScopeRule first = best.include() ? best : rule;
                        ProfileRules.ScopeRule second = best.include() ? rule : best;
                        diagnostics.error(
                                Rule.SELECTOR_CONFLICT,
                                second.decision().at(),
                                "'" + second.decision().rule() + "' and '"
                                        + first.decision().rule() + "' (at "
                                        + first.decision().at() + ") both select " + item.id()
                                        + " with the same specificity");
                    }
                });
                rules.decideLevel(item, (best, rule) -> {
                    if (reported.add(
                            best.decision().at() + "|" + rule.decision().at())) {
                        diagnostics.error(
                                Rule.SELECTOR_CONFLICT,
                                rule.decision().at(),
                                "'" + rule.decision().rule() + "' and '"
                                        + best.decision().rule() + "' (at "
                                        + best.decision().at() + ") both set the maturity of " + item.id()
                                        + " with the same specificity");
                    }
                });
            }
        }
    }
}
