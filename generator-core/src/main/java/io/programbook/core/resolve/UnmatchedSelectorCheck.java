package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Item;
import java.util.List;

/**
 * {@link Rule#SELECTOR_UNMATCHED}: a warning for each selector that selects no item the profile can
 * decide about (most likely a typo, or an item the edition does not have).
 */
final class UnmatchedSelectorCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        for (ProfileRules rules : resolution.rules()) {
            for (ProfileRules.ScopeRule rule : rules.scope()) {
                check(rules.known(), rule.selector(), rule.decision().at(), diagnostics);
            }
            for (ProfileRules.LevelRule rule : rules.levels()) {
                check(rules.known(), rule.selector(), rule.decision().at(), diagnostics);
            }
        }
    }

    private static void check(List<Item> items, Selector selector, SourcePosition at, Diagnostics diagnostics) {
        if (items.stream().noneMatch(selector::matches)) {
            diagnostics.warning(
                    Rule.SELECTOR_UNMATCHED,
                    at,
                    "selector '" + selector.text() + "' selects no item of the catalogue",
                    null);
        }
    }
}
