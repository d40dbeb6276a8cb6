package io.programbook.core.resolve;

import io.programbook.core.load.Located;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Profile;
import java.util.List;

/**
 * What the {@link ProfileCheck}s look at: the chain as written, each profile's rules as resolution
 * used them, and the items as resolved.
 *
 * @param rules one per profile of the chain, in chain order
 * @param items every item of the catalogue (with the additions), in catalogue order
 */
record Resolution(Catalog catalog, List<Located<Profile>> chain, List<ProfileRules> rules, List<ResolvedItem> items) {

    Resolution {
        chain = List.copyOf(chain);
        rules = List.copyOf(rules);
        items = List.copyOf(items);
    }

    /** The position of a profile (by id) in the chain, -1 when it is not in it. */
    int chainIndex(String profileId) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).value().id().equals(profileId)) {
                return i;
            }
        }
        return -1;
    }
}
