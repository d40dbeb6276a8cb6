package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One edition of one requirements standard: functional areas holding requirement items. */
public record Catalog(
        String id,
        String edition,
        String title,
        String publisher,
        String note,
        List<MaturityLevel> maturityLevels,
        List<Group> groups) {

    public Catalog {
        requireText(id, "id");
        requireText(edition, "edition");
        requireText(title, "title");
        publisher = Lists.text(publisher);
        note = Lists.text(note);
        maturityLevels = Lists.copy(maturityLevels);
        groups = Lists.copy(groups);
    }

    /** How programs and profiles name this catalogue: {@code iec-62443-2-4@2023}. */
    public String reference() {
        return id + "@" + edition;
    }

    /** Every item, in catalogue order. */
    public List<Item> items() {
        return groups.stream().flatMap(g -> g.items().stream()).toList();
    }

    /** Items by id, in catalogue order. */
    public Map<ItemId, Item> itemsById() {
        Map<ItemId, Item> map = new LinkedHashMap<>();
        items().forEach(item -> map.putIfAbsent(item.id(), item));
        return map;
    }

    public Optional<Group> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public Optional<MaturityLevel> maturityLevel(String levelId) {
        return maturityLevels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** 1 for the lowest level, 0 for an unknown id. */
    public int rank(String levelId) {
        for (int i = 0; i < maturityLevels.size(); i++) {
            if (maturityLevels.get(i).id().equals(levelId)) {
                return i + 1;
            }
        }
        return 0;
    }
}
