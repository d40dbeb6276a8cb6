package io.programbook.core.load;

import io.programbook.core.model.Evidence;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which statements and evidence an edition shows. Content without {@code customers:} is common;
 * content with it belongs to the named customers only.
 *
 * <ul>
 *   <li>A customer's edition shows the common statements and its own; a statement scoped to the
 *       customer replaces the common statement of its item there. Inside every statement shown, it
 *       shows the common evidence and its own.
 *   <li>The provider's edition shows the common statements with all their evidence: what the
 *       provider did for each of its customers is evidence of the provider's program, which its
 *       assessors see. Statements scoped to customers are only in those customers' editions.
 * </ul>
 */
public final class Scope {

    private Scope() {}

    /** The provider's edition: common statements with all their evidence. */
    public static List<Located<Statement>> common(List<Located<Statement>> declared) {
        return of(Optional.empty(), declared);
    }

    /** A customer's edition: its statements, then the common ones of the other items, each with the evidence it may show. */
    public static List<Located<Statement>> customer(String customer, List<Located<Statement>> declared) {
        return of(Optional.of(customer), declared);
    }

    private static List<Located<Statement>> of(Optional<String> customer, List<Located<Statement>> declared) {
        Set<ItemId> replaced = new HashSet<>();
        customer.ifPresent(id -> declared.stream()
                .filter(s -> s.value().customers().contains(id))
                .forEach(s -> replaced.add(s.value().item())));
        List<Located<Statement>> shown = new ArrayList<>();
        for (Located<Statement> located : declared) {
            Statement statement = located.value();
            boolean common = statement.customers().isEmpty();
            boolean own = customer.map(statement.customers()::contains).orElse(false);
            if ((common && !replaced.contains(statement.item())) || own) {
                shown.add(customer.isPresent() ? filterEvidence(customer, located) : located);
            }
        }
        return shown;
    }

    /** Whether an evidence entry is shown in an edition. */
    public static boolean shown(Evidence evidence, Optional<String> customer) {
        return evidence.customers().isEmpty()
                || customer.map(evidence.customers()::contains).orElse(false);
    }

    private static Located<Statement> filterEvidence(Optional<String> customer, Located<Statement> located) {
        List<Evidence> all = located.value().evidence();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (shown(all.get(i), customer)) {
                kept.add(i);
            }
        }
        if (kept.size() == all.size()) {
            return located;
        }
        YamlDocument.Located at = located.at();
        YamlDocument renumbered = at.document().keeping(at.pointer() + "/evidence", kept);
        return new Located<>(
                located.value().withEvidence(kept.stream().map(all::get).toList()), renumbered.locate(at.pointer()));
    }
}
