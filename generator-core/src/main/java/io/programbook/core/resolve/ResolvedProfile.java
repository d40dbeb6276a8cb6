package io.programbook.core.resolve;

import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resolved requirement set: every catalogue item with its scope and target maturity, and the
 * decision behind each.
 *
 * @param profiles   the chain, parents first, the program's own profile last
 * @param items      every catalogue item, in catalogue order
 * @param parameters organisation-defined values, sorted by name
 */
public record ResolvedProfile(Catalog catalog, List<Profile> profiles, List<ResolvedItem> items,
        Map<String, String> parameters) {

    public ResolvedProfile {
        profiles = List.copyOf(profiles);
        items = List.copyOf(items);
        parameters = Map.copyOf(parameters);
    }

    public Profile profile() {
        return profiles.get(profiles.size() - 1);
    }

    public List<ResolvedItem> inScope() {
        return items.stream().filter(ResolvedItem::inScope).toList();
    }

    public List<ResolvedItem> excluded() {
        return items.stream().filter(i -> !i.inScope()).toList();
    }

    public Optional<ResolvedItem> item(ItemId id) {
        return items.stream().filter(i -> i.item().id().equals(id)).findFirst();
    }
}
