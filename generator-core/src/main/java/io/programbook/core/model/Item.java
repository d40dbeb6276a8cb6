package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

import java.util.List;

/**
 * One requirement item of a catalogue. The title is Programbook's own short paraphrase, never the
 * standard's text; official text comes from a licensed overlay.
 *
 * @param deliversDocument inferred: the item's substance is a document handed to the asset owner; false when absent
 * @param changeNote       what changed against the previous edition, in our words (may be empty)
 */
public record Item(
        ItemId id,
        String title,
        List<String> tags,
        Boolean deliversDocument,
        Confidence confidence,
        String provenance,
        String changeNote) {

    public Item {
        require(id, "id");
        deliversDocument = Boolean.TRUE.equals(deliversDocument);
        requireText(title, "title");
        tags = Lists.copy(tags);
        confidence = confidence == null ? Confidence.MEDIUM : confidence;
        provenance = Lists.text(provenance);
        changeNote = Lists.text(changeNote);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
