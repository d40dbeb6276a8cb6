package io.programbook.core.diff;

import io.programbook.core.edition.EditionMapping;
import io.programbook.core.edition.ItemMapping;
import io.programbook.core.model.ItemId;
import java.util.Optional;

/**
 * Which item of the older side is which of the newer: through the edition mapping when the two
 * follow different editions, else by id. Items the mapping does not know (the organisation's own
 * requirements, which no edition of the standard has) correspond by id.
 */
final class Correspondence {

    private final Optional<EditionMapping> mapping;

    private Correspondence(Optional<EditionMapping> mapping) {
        this.mapping = mapping;
    }

    static Correspondence of(Optional<EditionMapping> mapping) {
        return new Correspondence(mapping);
    }

    /** The older side's id of a newer item; empty when the newer edition added it. */
    Optional<ItemId> olderOf(ItemId newer) {
        return mapping.isEmpty()
                ? Optional.of(newer)
                : mapping.get().toItem(newer).map(ItemMapping::source).orElse(Optional.of(newer));
    }

    /** The newer side's id of an older item; empty when the newer edition removed it. */
    Optional<ItemId> newerOf(ItemId older) {
        return mapping.isEmpty()
                ? Optional.of(older)
                : mapping.get().fromItem(older).map(ItemMapping::target).orElse(Optional.of(older));
    }

    /** Whether the sides follow different editions that a mapping relates. */
    boolean mapped() {
        return mapping.isPresent();
    }

    /** The mapping entry of a newer item, when the sides follow different, mapped editions. */
    Optional<ItemMapping> entry(ItemId newer) {
        return mapping.flatMap(m -> m.toItem(newer));
    }
}
