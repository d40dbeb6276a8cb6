package io.programbook.core.resolve;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Addition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Exclusion;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.MaturityRule;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 */
public final class ProfileResolver {

    private record ScopeRule(Selector selector, boolean include, String rationale, Decision decision) {}

    private record LevelRule(Selector selector, String level, Decision decision) {}

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
        List<Item> items = catalog.items();
        Map<ItemId, State> scope = new LinkedHashMap<>();
        Map<ItemId, LevelRule> levels = new LinkedHashMap<>();
        Decision defaultLevel = null;
        String defaultLevelId = "";
        boolean defaultGiven = false;
        Map<String, String> parameters = new TreeMap<>();
        Map<String, Decision> parameterDecisions = new TreeMap<>();
        Map<ItemId, Integer> addedAt = new HashMap<>();
        Map<ItemId, Decision> addedBy = new HashMap<>();
        Map<ItemId, String> sources = new HashMap<>();
        for (Addition addition : additions) {
            int index = indexOf(chain, addition.profileFile());
            for (Item item : addition.catalog().items()) {
                addedAt.put(item.id(), index);
                addedBy.put(
                        item.id(),
                        new Decision(addition.profileId(), "additions " + addition.written(), addition.declaredAt()));
                sources.put(item.id(), addition.catalog().reference());
            }
        }

        for (int p = 0; p < chain.size(); p++) {
            Located<Profile> located = chain.get(p);
            Profile profile = located.value();
            int profileIndex = p;
            List<Item> known = items.stream()
                    .filter(i -> addedAt.getOrDefault(i.id(), -1) <= profileIndex)
                    .toList();
            checkEdition(catalog, located, diagnostics);
            List<ScopeRule> scopeRules = scopeRules(located, diagnostics);
            List<LevelRule> levelRules = levelRules(catalog, located, diagnostics);
            warnUnmatched(
                    known,
                    scopeRules.stream()
                            .map(r -> Map.entry(r.selector(), r.decision().at()))
                            .toList(),
                    diagnostics);
            warnUnmatched(
                    known,
                    levelRules.stream()
                            .map(r -> Map.entry(r.selector(), r.decision().at()))
                            .toList(),
                    diagnostics);
            boolean hasIncludes = scopeRules.stream().anyMatch(ScopeRule::include);
            Set<String> reported = new HashSet<>();
            for (Item item : known) {
                if (addedAt.getOrDefault(item.id(), -1) == p) {
                    scope.put(item.id(), new State(true, "", addedBy.get(item.id())));
                } else if (p == 0) {
                    scope.put(
                            item.id(),
                            hasIncludes
                                    ? new State(
                                            false,
                                            "Not selected by the include rules of profile " + profile.id() + ".",
                                            new Decision(
                                                    profile.id(),
                                                    "include (not selected)",
                                                    located.position("include")))
                                    : new State(
                                            true,
                                            "",
                                            new Decision(
                                                    profile.id(), "every item (no include rule)", located.position())));
                }
                decideScope(item, scopeRules, reported, diagnostics)
                        .ifPresent(rule -> scope.put(
                                item.id(),
                                new State(rule.include(), rule.include() ? "" : rule.rationale(), rule.decision())));
                decideLevel(item, levelRules, reported, diagnostics).ifPresent(rule -> levels.put(item.id(), rule));
            }
            defaultGiven |= !profile.defaultMaturity().isEmpty();
            if (!profile.defaultMaturity().isEmpty()
                    && checkLevel(
                            catalog, profile.defaultMaturity(), located.position("defaultMaturity"), diagnostics)) {
                defaultLevelId = profile.defaultMaturity();
                defaultLevel = new Decision(
                        profile.id(), "defaultMaturity " + defaultLevelId, located.position("defaultMaturity"));
            }
            for (Map.Entry<String, String> parameter : profile.parameters().entrySet()) {
                SourcePosition at = located.position("parameters/" + pointerSegment(parameter.getKey()));
                if (checkParameterName(parameter.getKey(), at, diagnostics)) {
                    parameters.put(parameter.getKey(), parameter.getValue());
                    parameterDecisions.put(
                            parameter.getKey(), new Decision(profile.id(), "parameter " + parameter.getKey(), at));
                }
            }
        }
        Located<Profile> own = chain.get(chain.size() - 1);
        if (defaultLevel == null) {
            if (!defaultGiven) { // an unknown level is reported where it is written
                diagnostics.error(
                        Rule.FIELD_REQUIRED,
                        own.position(),
                        "no profile of the chain sets 'defaultMaturity'",
                        "add 'defaultMaturity: ML2' (or another level) to "
                                + own.at().file());
            }
            defaultLevel = new Decision(own.value().id(), "none", own.position());
        }

        List<ResolvedItem> resolved = new ArrayList<>();
        Map<ItemId, io.programbook.core.model.Group> groups = new LinkedHashMap<>();
        catalog.groups().forEach(g -> g.items().forEach(i -> groups.put(i.id(), g)));
        for (Item item : items) {
            State state = scope.get(item.id());
            LevelRule level = levels.get(item.id());
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
        checkEnhancements(resolved, scope, chain, diagnostics);
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

    private static int indexOf(List<Located<Profile>> chain, String profileFile) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).at().file().equals(profileFile)) {
                return i;
            }
        }
        return 0;
    }

    private static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A parameter becomes a document attribute: its name must be one, and not one the documents use. */
    private static boolean checkParameterName(String name, SourcePosition at, Diagnostics diagnostics) {
        if (!name.matches("[a-z0-9_][a-z0-9_-]*")) {
            String suggestion = name.strip()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_-]+", "-")
                    .replaceAll("^-+|-+$", "");
            diagnostics.error(
                    Rule.PARAMETER_NAME,
                    at,
                    "invalid parameter name '" + name + "'",
                    suggestion.isEmpty() ? null : "did you mean '" + suggestion + "'? " + Rule.PARAMETER_NAME.hint());
            return false;
        }
        if (AsciidocAttributes.reserved(name)) {
            diagnostics.error(
                    Rule.PARAMETER_NAME,
                    at,
                    "parameter name '" + name + "' is an AsciiDoc attribute that the documents use themselves",
                    "rename the parameter, e.g. 'org-" + name + "'");
            return false;
        }
        return true;
    }

    private static void checkEdition(Catalog catalog, Located<Profile> located, Diagnostics diagnostics) {
        String profileCatalog = located.value().catalog();
        if (!profileCatalog.equals(catalog.reference())) {
            diagnostics.error(
                    Rule.PROFILE_EDITION,
                    located.position("catalog"),
                    "profile '" + located.value().id() + "' is made for " + profileCatalog + " but the program follows "
                            + catalog.reference(),
                    "use a profile for " + catalog.reference() + ", or move the program to " + profileCatalog
                            + " (set 'catalog:' in program.yaml)");
        }
    }

    private static List<ScopeRule> scopeRules(Located<Profile> located, Diagnostics diagnostics) {
        Profile profile = located.value();
        List<ScopeRule> rules = new ArrayList<>();
        for (int i = 0; i < profile.include().size(); i++) {
            String pointer = "include/" + i;
            String text = profile.include().get(i);
            parse(text, located.position(pointer), diagnostics)
                    .ifPresent(s -> rules.add(new ScopeRule(
                            s,
                            true,
                            "",
                            new Decision(profile.id(), "include " + s.text(), located.position(pointer)))));
        }
        for (int i = 0; i < profile.exclude().size(); i++) {
            Exclusion exclusion = profile.exclude().get(i);
            SourcePosition at = located.position("exclude/" + i + "/select");
            if (exclusion.rationale().isEmpty()) {
                diagnostics.error(
                        Rule.RATIONALE_MISSING,
                        located.position("exclude/" + i),
                        "exclusion of '" + exclusion.select() + "' has no rationale");
            }
            parse(exclusion.select(), at, diagnostics)
                    .ifPresent(s -> rules.add(new ScopeRule(
                            s, false, exclusion.rationale(), new Decision(profile.id(), "exclude " + s.text(), at))));
        }
        return rules;
    }

    private static List<LevelRule> levelRules(Catalog catalog, Located<Profile> located, Diagnostics diagnostics) {
        Profile profile = located.value();
        List<LevelRule> rules = new ArrayList<>();
        for (int i = 0; i < profile.maturity().size(); i++) {
            MaturityRule rule = profile.maturity().get(i);
            SourcePosition at = located.position("maturity/" + i + "/select");
            if (!checkLevel(catalog, rule.level(), located.position("maturity/" + i + "/level"), diagnostics)) {
                continue;
            }
            parse(rule.select(), at, diagnostics)
                    .ifPresent(s -> rules.add(new LevelRule(
                            s,
                            rule.level(),
                            new Decision(profile.id(), "maturity " + s.text() + " " + rule.level(), at))));
        }
        return rules;
    }

    private static boolean checkLevel(Catalog catalog, String level, SourcePosition at, Diagnostics diagnostics) {
        if (catalog.rank(level) > 0) {
            return true;
        }
        List<String> valid = catalog.maturityLevels().stream().map(l -> l.id()).toList();
        diagnostics.error(
                Rule.MATURITY_UNKNOWN,
                at,
                "unknown maturity level '" + level + "'",
                "use one of: " + String.join(", ", valid));
        return false;
    }

    private static Optional<Selector> parse(String text, SourcePosition at, Diagnostics diagnostics) {
        try {
            return Optional.of(Selector.parse(text));
        } catch (InvalidValueException e) {
            diagnostics.error(
                    Rule.SELECTOR_INVALID,
                    at,
                    e.getMessage(),
                    e.suggestion().isEmpty() ? Rule.SELECTOR_INVALID.hint() : e.suggestion());
            return Optional.empty();
        }
    }

    private static Optional<ScopeRule> decideScope(
            Item item, List<ScopeRule> rules, Set<String> reported, Diagnostics diagnostics) {
        ScopeRule best = null;
        for (ScopeRule rule : rules) {
            if (!rule.selector().matches(item)) {
                continue;
            }
            if (best == null || rule.selector().specificity() > best.selector().specificity()) {
                best = rule;
            } else if (rule.selector().specificity() == best.selector().specificity()
                    && rule.include() != best.include()
                    && reported.add(best.decision().at() + "|" + rule.decision().at())) {
                ScopeRule first = best.include() ? best : rule;
                ScopeRule second = best.include() ? rule : best;
                diagnostics.error(
                        Rule.SELECTOR_CONFLICT,
                        second.decision().at(),
                        "'" + second.decision().rule() + "' and '"
                                + first.decision().rule() + "' (at "
                                + first.decision().at() + ") both select " + item.id() + " with the same specificity");
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<LevelRule> decideLevel(
            Item item, List<LevelRule> rules, Set<String> reported, Diagnostics diagnostics) {
        LevelRule best = null;
        for (LevelRule rule : rules) {
            if (!rule.selector().matches(item)) {
                continue;
            }
            if (best == null || rule.selector().specificity() > best.selector().specificity()) {
                best = rule;
            } else if (rule.selector().specificity() == best.selector().specificity()
                    && !rule.level().equals(best.level())
                    && reported.add(best.decision().at() + "|" + rule.decision().at())) {
                diagnostics.error(
                        Rule.SELECTOR_CONFLICT,
                        rule.decision().at(),
                        "'" + rule.decision().rule() + "' and '"
                                + best.decision().rule() + "' (at "
                                + best.decision().at() + ") both set the maturity of " + item.id()
                                + " with the same specificity");
            }
        }
        return Optional.ofNullable(best);
    }

    private static void warnUnmatched(
            List<Item> items, List<Map.Entry<Selector, SourcePosition>> selectors, Diagnostics diagnostics) {
        for (Map.Entry<Selector, SourcePosition> entry : selectors) {
            if (items.stream().noneMatch(entry.getKey()::matches)) {
                diagnostics.warning(
                        Rule.SELECTOR_UNMATCHED,
                        entry.getValue(),
                        "selector '" + entry.getKey().text() + "' selects no item of the catalogue",
                        null);
            }
        }
    }

    /**
     * An enhancement in scope whose base requirement is not is an error, reported where the user most
     * likely changes something: at the rule that keeps the enhancement when it is an {@code include}
     * written in the same profile as the exclusion of the base requirement or in a later one, otherwise
     * (the enhancement is in scope by default, by an addition, or by an earlier profile's include) at
     * the exclusion of the base requirement. The message names both rules.
     */
    private static void checkEnhancements(
            List<ResolvedItem> resolved,
            Map<ItemId, State> scope,
            List<Located<Profile>> chain,
            Diagnostics diagnostics) {
        for (ResolvedItem item : resolved) {
            ItemId id = item.item().id();
            State base = scope.get(id.baseRequirement());
            if (item.inScope() && !id.isBaseRequirement() && base != null && !base.inScope()) {
                Decision kept = item.scopeDecision();
                boolean explicit = kept.rule().startsWith("include ")
                        && chainIndex(chain, kept.profile())
                                >= chainIndex(chain, base.decision().profile());
                diagnostics.error(
                        Rule.RE_WITHOUT_BR,
                        explicit ? kept.at() : base.decision().at(),
                        id + " is in scope (by '" + kept.rule() + "' at " + kept.at() + ") but its base requirement "
                                + id.baseRequirement() + " is excluded (by '"
                                + base.decision().rule() + "' at "
                                + base.decision().at() + ")");
            }
        }
    }

    private static int chainIndex(List<Located<Profile>> chain, String profileId) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).value().id().equals(profileId)) {
                return i;
            }
        }
        return -1;
    }
}
