package io.programbook.core.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A licensed text overlay, loaded and checked: official text, topic and subtopic by item id, and
 * whose licence it is. Every output that shows its text also shows {@link #notice(String)}.
 *
 * @param file    the overlay file as diagnostics name it
 * @param catalog the catalogue reference the overlay was made for, e.g. {@code iec-62443-2-4@2023}
 * @param items   sorted by id
 */
public record Overlay(String file, String catalog, String licensee, String licence, Map<ItemId, OfficialText> items) {

    public Overlay {
        items = Collections.unmodifiableMap(new TreeMap<>(items));
    }

    public Optional<OfficialText> text(ItemId id) {
        return Optional.ofNullable(items.get(id));
    }

    /**
     * The sentence every output that shows overlay text carries, e.g. "Requirement text, topics and
     * subtopics of IEC 62443-2-4:2023 are reproduced from a copy licensed to ACME GmbH (single-user
     * licence 4711); they are not part of Programbook and may be passed on only as that licence allows."
     */
    public String notice(String catalogTitle) {
        return "Requirement text, topics and subtopics of " + catalogTitle + " are reproduced from a copy licensed to "
                + licensee + " (" + licence + "); they are not part of Programbook and may be passed on only as that"
                + " licence allows.";
    }
}
