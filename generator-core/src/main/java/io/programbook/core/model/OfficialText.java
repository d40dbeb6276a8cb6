package io.programbook.core.model;

/**
 * The official wording of one requirement item, its topic and subtopic, from a licensed overlay.
 * Programbook never ships such text; it only shows what the user's own licensed copy supplies.
 *
 * @param text     the requirement text as plain text; paragraphs are separated by blank lines
 * @param topic    may be empty
 * @param subtopic may be empty
 */
public record OfficialText(String text, String topic, String subtopic) {

    public OfficialText {
        text = text == null ? "" : text.strip();
        topic = Lists.text(topic);
        subtopic = Lists.text(subtopic);
        if (text.isEmpty() && topic.isEmpty() && subtopic.isEmpty()) {
            // reported as the missing text, or as a misspelling of it ('txet:') when there is one
            throw new MissingFieldException("text");
        }
    }
}
