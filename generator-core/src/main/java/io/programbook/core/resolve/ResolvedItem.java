package io.programbook.core.resolve;

import io.programbook.core.model.Group;
import io.programbook.core.model.Item;

/**
 * One catalogue item after profile resolution.
 *
 * @param rationale        why the item is excluded; empty when in scope
 * @param targetMaturity   the maturity level the profile asks for, e.g. {@code ML2}
 */
public record ResolvedItem(Item item, Group group, boolean inScope, String rationale, String targetMaturity,
        Decision scopeDecision, Decision maturityDecision) {
}
