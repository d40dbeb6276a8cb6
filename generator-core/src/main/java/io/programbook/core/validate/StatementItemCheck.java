package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.Decision;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#ITEM_UNKNOWN} and {@link Rule#STATEMENT_OUT_OF_SCOPE}: a statement names an item of
 * the catalogue, and one the profile keeps in scope. Statements for items one rule of the profile
 * excludes are one finding, at the first of them, listing them all.
 */
final class StatementItemCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        // statements for excluded items, by the rule that excludes them: one finding per rule
        Map<Decision, List<Located<Statement>>> excluded = new LinkedHashMap<>();
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            var resolved = profile.item(statement.item());
            if (resolved.isEmpty()) {
                UnknownItems.report(
                        statement.item(), located.position("item"), "statement names", inputs.catalog(), diagnostics);
            } else if (!resolved.get().inScope()) {
                excluded.computeIfAbsent(resolved.get().scopeDecision(), d -> new ArrayList<>())
                        .add(located);
            }
        }
        excluded.forEach((decision, statements) -> {
            String rule = "'" + decision.rule() + "' at " + decision.at();
            List<Located<Statement>> sorted = statements.stream()
                    .sorted(Comparator.comparing(
                                    (Located<Statement> s) -> s.position("item").file())
                            .thenComparingInt(s -> s.position("item").line())
                            .thenComparingInt(s -> s.position("item").column()))
                    .toList();
            Located<Statement> first = sorted.get(0);
            if (sorted.size() == 1) {
                diagnostics.warning(
                        Rule.STATEMENT_OUT_OF_SCOPE,
                        first.position("item"),
                        "statement for " + first.value().item() + ", which the profile excludes (" + rule + ")",
                        null);
            } else {
                diagnostics.warning(
                        Rule.STATEMENT_OUT_OF_SCOPE,
                        first.position("item"),
                        sorted.size() + " statements for items that the profile excludes by one rule (" + rule + "): "
                                + String.join(
                                        ", ",
                                        sorted.stream()
                                                .map(s -> s.value().item() + " (" + s.position("item") + ")")
                                                .toList()),
                        "remove the statements, or include their items in the profile if they do apply");
            }
        });
    }
}
