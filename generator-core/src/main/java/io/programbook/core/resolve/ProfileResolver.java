package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.load.Addition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Profile;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves a profile chain against a catalogue (IEC 62443-2-4 clause 4.1.4 tailoring).
 *
 * <p>Rules, in the order they are applied:
 * <ol>
 * <li>Profiles apply parents first; a later profile's decision about an item replaces an earlier one.
 * <li>In the first profile of the chain every item is in scope, unless it has {@code include}
 *     selectors, in which case only the items they select are.
 * <li>Within one profile, the most specific matching selector decides (exact id, then the
 *     enhancements of one requirement, then a functional area, then any other glob or tag). An
 *     include and an exclude of the same specificity selecting the same item is an error.
 * <li>Target maturity: the most specific {@code maturity} rule of the latest profile that has one
 *     for the item, else the latest {@code defaultMaturity}.
 * <li>An enhancement in scope whose base requirement is out of scope is an error; a selector that
 *     selects nothing is a warning.
 * <li>Items of the organisation's own requirements ({@code additions}) exist from the profile that
 *     adds them on: they start in scope there, include lists do not restrict them, and that
 *     profile's and later profiles' rules may exclude them or set their maturity like any item.
 * <li>Parameters: a later profile's value replaces an earlier one's; names must be lower-case
 *     AsciiDoc attribute names that the documents do not use themselves.
 * </ol>
 *
 * <p>Resolution itself reports nothing: a rule it cannot use (a selector that does not parse, an
 * unknown level, a parameter name that is not one) takes no part, and the {@link #CHECKS}, one per
 * family of rules, report every problem afterwards.
 */
public final class ProfileResolver {

    /** Every check of a profile chain, one per rule family; each reports, none changes the resolution. */
    static final List<ProfileCheck> CHECKS = List.of(
            new EditionCheck(),
            new SelectorCheck(),
            new RationaleCheck(),
            new MaturityLevelCheck(),
            new UnmatchedSelectorCheck(),
            new SelectorConflictCheck(),
            new ParameterNameCheck(),
            new EnhancementCheck());

    private record State(boolean inScope, String rationale, Decision decision) {}

    /** Resolves the program's profile chain with the organisation's additions and the licensed overlay. */
    public ResolvedProfile resolve(ProgramInputs inputs, Diagnostics diagnostics) {
        return resolve(inputs.catalog(), inputs.profiles(), inputs.additions(), inputs.overlay(), diagnostics);
    }

    /** Resolves a profile chain against a catalogue that has no additions and no overlay. */
    public ResolvedProfile resolve(Catalog catalog, List<Located<Profile>> chain, Diagnostics diagnostics) {
        return resolve(catalog, chain, List.of(), Optional.empty(), diagnostics);
    }

    /**
     * @param catalog   the standard's catalogue with the additions' groups merged in
     * @param additions the organisation's catalogues, each naming the profile of the chain that adds it
     */
    public ResolvedProfile resolve(
            Catalog catalog,
            List<Located<Profile>> chain,
            List<Addition> additions,
            Optional<Overlay> overlay,
            Diagnostics diagnostics) {
        Map<ItemId, Integer> addedAt = new HashMap<>();
        Map<ItemId, Decision> addedBy = new HashMap<>();
        Map<ItemId, String> sources = new HashMap<>();
        for (Addition addition : additions) {
            int index = indexOf(chain, addition.profileFile());
            for (Item item : addition.catalog().items()) {
                addedAt.put(item.id(), index);
                addedBy.put(
                        item.id(), Decision.additions(addition.profileId(), addition.written(), addition.declaredAt()));
                sources.put(item.id(), addition.catalog().reference());
            }
        }
        List<ProfileRules> rules = new ArrayList<>();
        for (int p = 0; p < chain.size(); p++) {
            int index = p;
            List<Item> known = catalog.items().stream()
                    .filter(i -> addedAt.getOrDefault(i.id(), -1) <= index)
                    .toList();
            rules.add(ProfileRules.of(catalog, p, chain.get(p), known));
        }

        Map<ItemId, State> scope = new LinkedHashMap<>();
        Map<ItemId, ProfileRules.LevelRule> levels = new LinkedHashMap<>();
        for (ProfileRules profile : rules) {
            for (Item item : profile.known()) {
                State start = startState(profile, item, addedAt, addedBy);
                if (start != null) {
                    scope.put(item.id(), start);
                }
                profile.decideScope(item, (a, b) -> {})
                        .ifPresent(rule -> scope.put(
                                item.id(),
                                new State(rule.include(), rule.include() ? "" : rule.rationale(), rule.decision())));
                profile.decideLevel(item, (a, b) -> {}).ifPresent(rule -> levels.put(item.id(), rule));
            }
        }
        Decision defaultLevel = null;
        String defaultLevelId = "";
        Map<String, String> parameters = new TreeMap<>();
        Map<String, Decision> parameterDecisions = new TreeMap<>();
        for (Located<Profile> located : chain) {
            Profile profile = located.value();
            if (catalog.rank(profile.defaultMaturity()) > 0) {
                defaultLevelId = profile.defaultMaturity();
                defaultLevel =
                        Decision.defaultMaturity(profile.id(), defaultLevelId, located.position("defaultMaturity"));
            }
            for (Map.Entry<String, String> parameter : profile.parameters().entrySet()) {
                if (ParameterNameCheck.problem(parameter.getKey()).isEmpty()) {
                    parameters.put(parameter.getKey(), parameter.getValue());
                    parameterDecisions.put(
                            parameter.getKey(),
                            Decision.parameter(
                                    profile.id(),
                                    parameter.getKey(),
                                    ParameterNameCheck.position(located, parameter.getKey())));
                }
            }
        }
        Located<Profile> own = chain.get(chain.size() - 1);
        if (defaultLevel == null) { // MaturityLevelCheck reports it
            defaultLevel = Decision.none(own.value().id(), own.position());
        }

        List<ResolvedItem> resolved = new ArrayList<>();
        Map<ItemId, Group> groups = new LinkedHashMap<>();
        catalog.groups().forEach(g -> g.items().forEach(i -> groups.put(i.id(), g)));
        for (Item item : catalog.items()) {
            State state = scope.get(item.id());
            ProfileRules.LevelRule level = levels.get(item.id());
            resolved.add(new ResolvedItem(
                    item,
                    groups.get(item.id()),
                    state.inScope(),
                    state.rationale(),
                    level == null ? defaultLevelId : level.level(),
                    state.decision(),
                    level == null ? defaultLevel : level.decision(),
                    sources.getOrDefault(item.id(), catalog.reference()),
                    overlay.flatMap(o -> o.text(item.id()))));
        }
        Resolution resolution = new Resolution(catalog, chain, rules, resolved);
        for (ProfileCheck check : CHECKS) {
            check.check(resolution, diagnostics);
        }
        List<Profile> profiles = chain.stream().map(Located::value).toList();
        Provenance provenance = new Provenance(
                chain.stream()
                        .map(l -> new Provenance.Link(l.value(), l.at().file()))
                        .toList(),
                additions,
                overlay,
                parameterDecisions);
        return new ResolvedProfile(catalog, profiles, resolved, parameters, provenance);
    }

    /**
     * Where an item stands before a profile's own rules: an addition starts in scope in the profile
     * that adds it; in the first profile every item is in scope unless it has include rules.
     */
    private static State startState(
            ProfileRules profile, Item item, Map<ItemId, Integer> addedAt, Map<ItemId, Decision> addedBy) {
        Located<Profile> located = profile.located();
        String id = located.value().id();
        if (addedAt.getOrDefault(item.id(), -1) == profile.index()) {
            return new State(true, "", addedBy.get(item.id()));
        }
        if (profile.index() != 0) {
            return null;
        }
        return profile.hasIncludes()
                ? new State(
                        false,
                        Messages.english().get(ResolvedItem.notSelected(id)),
                        Decision.notSelected(id, located.position("include")))
                : new State(true, "", Decision.everyItem(id, located.position()));
    }

    private static int indexOf(List<Located<Profile>> chain, String profileFile) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).at().file().equals(profileFile)) {
                return i;
            }
        }
        return 0;
    }
}
