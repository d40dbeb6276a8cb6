package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.edition.EditionMappings;
import io.programbook.core.edition.ItemMapping;
import io.programbook.core.load.Suggestions;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import java.util.List;
import java.util.Optional;

/** {@link Rule#ITEM_UNKNOWN} with a hint from what the catalogue has: the nearest id, or its areas. */
final class UnknownItems {

    private UnknownItems() {}

    /**
     * When another bundled edition of the catalogue has the item, what the edition mapping says about
     * it: an item the newer edition adds, or one it removes.
     */
    private static Optional<String> otherEdition(ItemId id, Catalog catalog) {
        String followed = catalog.reference();
        for (String edition : EditionMappings.editions(catalog.id())) {
            String other = catalog.id() + "@" + edition;
            if (other.equals(followed)) {
                continue;
            }
            Optional<ItemMapping> entry = MAPPINGS.between(followed, other)
                    .flatMap(m -> m.toItem(id))
                    .filter(e -> e.source().isEmpty());
            if (entry.isPresent()) {
                boolean newer = MAPPINGS.isNewer(other, followed);
                return Optional.of(id + (newer ? " is new in " : " is only in the older edition ") + other
                        + " (the edition mapping lists it as " + (newer ? "added" : "removed since") + "): remove it,"
                        + " or move the program to " + other + " (set 'catalog:' in program.yaml)");
            }
        }
        return Optional.empty();
    }

    private static final EditionMappings MAPPINGS = new EditionMappings(new YamlReader());

    static void report(ItemId id, SourcePosition at, String what, Catalog catalog, Diagnostics diagnostics) {
        Optional<String> otherEdition = otherEdition(id, catalog);
        if (otherEdition.isPresent()) {
            diagnostics.error(
                    Rule.ITEM_UNKNOWN,
                    at,
                    what + " item '" + id + "', which " + catalog.reference() + " does not have",
                    otherEdition.get());
            return;
        }
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
