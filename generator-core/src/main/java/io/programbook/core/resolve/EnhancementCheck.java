package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.model.ItemId;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Rule#RE_WITHOUT_BR}: an enhancement in scope whose base requirement is not is an error,
 * reported where the user most likely changes something: at the rule that keeps the enhancement when
 * it is an {@code include} written in the same profile as the exclusion of the base requirement or
 * in a later one, otherwise (the enhancement is in scope by default, by an addition, or by an earlier
 * profile's include) at the exclusion of the base requirement. The message names both rules.
 */
final class EnhancementCheck implements ProfileCheck {

    @Override
    public void check(Resolution resolution, Diagnostics diagnostics) {
        Map<ItemId, ResolvedItem> byId = new HashMap<>();
        resolution.items().forEach(i -> byId.put(i.item().id(), i));
        for (ResolvedItem item : resolution.items()) {
            ItemId id = item.item().id();
            ResolvedItem base = byId.get(id.baseRequirement());
            if (item.inScope() && !id.isBaseRequirement() && base != null && !base.inScope()) {
                Decision kept = item.scopeDecision();
                Decision excluded = base.scopeDecision();
                boolean explicit = kept.kind() == Decision.Kind.INCLUDE
                        && resolution.chainIndex(kept.profile()) >= resolution.chainIndex(excluded.profile());
                diagnostics.error(
                        Rule.RE_WITHOUT_BR,
                        explicit ? kept.at() : excluded.at(),
                        id + " is in scope (by '" + kept.rule() + "' at " + kept.at() + ") but its base requirement "
                                + id.baseRequirement() + " is excluded (by '" + excluded.rule() + "' at "
                                + excluded.at() + ")");
            }
        }
    }
}
