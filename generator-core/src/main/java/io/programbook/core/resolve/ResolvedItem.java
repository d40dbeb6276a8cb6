package io.programbook.core.resolve;

import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.OfficialText;
import io.programbook.core.text.Message;
import io.programbook.core.text.Messages;
import java.util.Objects;
import java.util.Optional;

/**
 * One catalogue item after profile resolution.
 *
 * @param rationale        why the item is excluded, in English (documents use {@link #rationale(Messages)});
 *                         empty when in scope
 * @param targetMaturity   the maturity level the profile asks for, e.g. {@code ML2}
 * @param source           the catalogue the item comes from: the standard's ({@code iec-62443-2-4@2023}) or
 *                         one of the organisation's own ({@code acme-requirements@2026})
 * @param official         the item's official text, topic and subtopic from the licensed overlay, if any
 */
public record ResolvedItem(
        Item item,
        Group group,
        boolean inScope,
        String rationale,
        String targetMaturity,
        Decision scopeDecision,
        Decision maturityDecision,
        String source,
        Optional<OfficialText> official) {

    public ResolvedItem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(official, "official");
    }

    /** An item of the standard without overlay text. */
    public ResolvedItem(
            Item item,
            Group group,
            boolean inScope,
            String rationale,
            String targetMaturity,
            Decision scopeDecision,
            Decision maturityDecision) {
        this(item, group, inScope, rationale, targetMaturity, scopeDecision, maturityDecision, "", Optional.empty());
    }

    /**
     * Why the item is excluded, in the words of a language: the profile's rationale as written, or,
     * for an item no include rule selects, the bundle's {@code decision.not-selected.rationale}.
     */
    public String rationale(Messages messages) {
        return !inScope && scopeDecision.kind() == Decision.Kind.NOT_SELECTED
                ? messages.get(notSelected(scopeDecision.profile()))
                : rationale;
    }

    /** Why an item no include rule of a profile selects is out of scope. */
    public static Message notSelected(String profile) {
        return Message.of("decision.not-selected.rationale", profile);
    }
}
