package io.programbook.core.resolve;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Exclusion;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.Item;
import io.programbook.core.model.MaturityRule;
import io.programbook.core.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The rules of one profile of the chain that take part in resolution: its scope and maturity rules
 * whose selector parses and whose level the catalogue knows, and the catalogue items it can decide
 * about (the standard's and those of the organisation's additions made by it or an earlier profile).
 * Building it reports nothing: the {@link ProfileCheck}s report what it leaves out.
 *
 * @param index the profile's position in the chain, parents first
 */
record ProfileRules(
        int index, Located<Profile> located, List<Item> known, List<ScopeRule> scope, List<LevelRule> levels) {

    record ScopeRule(Selector selector, boolean include, String rationale, Decision decision) {}

    record LevelRule(Selector selector, String level, Decision decision) {}

    ProfileRules {
        known = List.copyOf(known);
        scope = List.copyOf(scope);
        levels = List.copyOf(levels);
    }

    Profile profile() {
        return located.value();
    }

    boolean hasIncludes() {
        return scope.stream().anyMatch(ScopeRule::include);
    }

    static ProfileRules of(Catalog catalog, int index, Located<Profile> located, List<Item> known) {
        Profile profile = located.value();
        List<ScopeRule> scope = new ArrayList<>();
        for (int i = 0; i < profile.include().size(); i++) {
            SourcePosition at = located.position("include/" + i);
            selector(profile.include().get(i))
                    .ifPresent(
                            s -> scope.add(new ScopeRule(s, true, "", Decision.include(profile.id(), s.text(), at))));
        }
        for (int i = 0; i < profile.exclude().size(); i++) {
            Exclusion exclusion = profile.exclude().get(i);
            SourcePosition at = located.position("exclude/" + i + "/select");
            selector(exclusion.select())
                    .ifPresent(s -> scope.add(new ScopeRule(
                            s, false, exclusion.rationale(), Decision.exclude(profile.id(), s.text(), at))));
        }
        List<LevelRule> levels = new ArrayList<>();
        for (int i = 0; i < profile.maturity().size(); i++) {
            MaturityRule rule = profile.maturity().get(i);
            SourcePosition at = located.position("maturity/" + i + "/select");
            if (catalog.rank(rule.level()) > 0) {
                selector(rule.select())
                        .ifPresent(s -> levels.add(new LevelRule(
                                s, rule.level(), Decision.maturity(profile.id(), s.text(), rule.level(), at))));
            }
        }
        return new ProfileRules(index, located, known, scope, levels);
    }

    /** A selector as written, or empty when it does not parse ({@link SelectorCheck} reports it). */
    static Optional<Selector> selector(String text) {
        try {
            return Optional.of(Selector.parse(text));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /**
     * The scope rule that decides about an item: the most specific that selects it, the first written
     * of equally specific ones. Each later rule of the same specificity that disagrees with the one
     * chosen so far is passed to {@code conflict} with it.
     */
    Optional<ScopeRule> decideScope(Item item, BiConsumer<ScopeRule, ScopeRule> conflict) {
        ScopeRule best = null;
        for (ScopeRule rule : scope) {
            if (!rule.selector().matches(item)) {
                continue;
            }
            if (best == null || rule.selector().specificity() > best.selector().specificity()) {
                best = rule;
            } else if (rule.selector().specificity() == best.selector().specificity()
                    && rule.include() != best.include()) {
                conflict.accept(best, rule);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The maturity rule that decides about an item, chosen as {@link #decideScope} chooses. */
    Optional<LevelRule> decideLevel(Item item, BiConsumer<LevelRule, LevelRule> conflict) {
        LevelRule best = null;
        for (LevelRule rule : levels) {
            if (!rule.selector().matches(item)) {
                continue;
            }
            if (best == null || rule.selector().specificity() > best.selector().specificity()) {
                best = rule;
            } else if (rule.selector().specificity() == best.selector().specificity()
                    && !rule.level().equals(best.level())) {
                conflict.accept(best, rule);
            }
        }
        return Optional.ofNullable(best);
    }
}
