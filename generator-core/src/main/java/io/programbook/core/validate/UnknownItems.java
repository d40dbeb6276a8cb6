package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Suggestions;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import java.util.List;

/** {@link Rule#ITEM_UNKNOWN} with a hint from what the catalogue has: the nearest id, or its areas. */
final class UnknownItems {

    private UnknownItems() {}

    static void report(ItemId id, SourcePosition at, String what, Catalog catalog, Diagnostics diagnostics) {
        List<String> ids = catalog.items().stream().map(i -> i.id().toString()).toList();
        List<String> sameGroup = catalog.items().stream()
                .filter(i -> i.id().groupId().equals(id.groupId()))
                .map(i -> i.id().toString())
                .toList();
        String hint;
        if (sameGroup.isEmpty()) {
            List<String> groups = catalog.groups().stream().map(g -> g.id()).toList();
            hint = catalog.reference() + " has no functional area " + id.groupId() + "; its areas are "
                    + (groups.isEmpty() ? "none" : groups.get(0) + " to " + groups.get(groups.size() - 1));
        } else {
            hint = Suggestions.nearest(id.toString(), sameGroup)
                            .or(() -> Suggestions.nearest(id.toString(), ids))
                            .map(s -> "did you mean '" + s + "'? ")
                            .orElse("")
                    + id.groupId() + " has " + sameGroup.get(0) + " to " + sameGroup.get(sameGroup.size() - 1);
        }
        diagnostics.error(
                Rule.ITEM_UNKNOWN,
                at,
                what + " item '" + id + "', which " + catalog.reference() + " does not have",
                hint);
    }
}
