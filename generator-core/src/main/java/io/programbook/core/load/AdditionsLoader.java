package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.Item;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the catalogues of organisation-specific requirements that the profiles of a chain add
 * ({@code additions:}), and checks that they stand on their own: ids of their own prefix, no id or
 * group that the standard's catalogue or another addition already has, every item in the group its
 * id names, and every enhancement next to its base requirement.
 */
final class AdditionsLoader {

    private static final String GROUP_ID = "[A-Z][A-Z0-9]*\\.\\d{2}";

    private final YamlReader reader;
    private final Path baseDir;
    private final Path programDir;
    private final List<SourceFile> files;

    AdditionsLoader(YamlReader reader, Path baseDir, Path programDir, List<SourceFile> files) {
        this.reader = reader;
        this.baseDir = baseDir;
        this.programDir = programDir;
        this.files = files;
    }

    /** Where an id was first declared, for collision messages. */
    private record Origin(String owner, SourcePosition at) {}

    /**
     * @param standard the catalogue the program follows
     * @param chain    the profile chain, parents first
     */
    List<Addition> load(Catalog standard, List<Located<Profile>> chain, Diagnostics diagnostics) {
        Set<String> standardPrefixes = new HashSet<>();
        standard.items().forEach(i -> standardPrefixes.add(i.id().prefix()));
        Map<String, Origin> groups = new HashMap<>();
        Map<ItemId, Origin> items = new HashMap<>();
        Map<String, Addition> loaded = new LinkedHashMap<>();
        for (Located<Profile> located : chain) {
            Profile profile = located.value();
            for (int i = 0; i < profile.additions().size(); i++) {
                String written = profile.additions().get(i);
                SourcePosition declaredAt = located.position("additions/" + i);
                Optional<SourceFile> source = locate(located, written, declaredAt, diagnostics);
                if (source.isEmpty() || loaded.containsKey(source.get().displayName())) {
                    continue;
                }
                files.add(source.get());
                Optional<YamlDocument> doc = reader.read(source.get(), InputKind.CATALOG, diagnostics);
                Optional<Catalog> catalog =
                        doc.flatMap(d -> reader.bind(d, "", Catalog.class, "organisation requirements", diagnostics));
                if (catalog.isEmpty()) {
                    continue;
                }
                if (check(standard, standardPrefixes, catalog.get(), doc.get(), groups, items, diagnostics)) {
                    loaded.put(
                            source.get().displayName(),
                            new Addition(
                                    located.at().file(),
                                    profile.id(),
                                    declaredAt,
                                    written,
                                    source.get().displayName(),
                                    catalog.get()));
                }
            }
        }
        return List.copyOf(loaded.values());
    }

    /** The standard's catalogue followed by the organisation's groups, in the order the profiles add them. */
    static Catalog merge(Catalog standard, List<Addition> additions) {
        if (additions.isEmpty()) {
            return standard;
        }
        List<Group> groups = new ArrayList<>(standard.groups());
        additions.forEach(a -> groups.addAll(a.catalog().groups()));
        return new Catalog(
                standard.id(),
                standard.edition(),
                standard.title(),
                standard.publisher(),
                standard.note(),
                standard.maturityLevels(),
                groups);
    }

    private Optional<SourceFile> locate(
            Located<Profile> profile, String written, SourcePosition declaredAt, Diagnostics diagnostics) {
        Path profileFile = profile.at().document().source().path();
        if (profileFile == null) {
            diagnostics.error(
                    Rule.ADDITION_INVALID,
                    declaredAt,
                    "a bundled profile cannot add organisation requirements",
                    "add them in a profile file of your own that extends the bundled one");
            return Optional.empty();
        }
        Optional<Path> inside = ProgramFolder.resolve(
                programDir,
                profileFile.getParent(),
                written,
                "organisation requirements file",
                declaredAt,
                diagnostics);
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        Path file = inside.get();
        if (!Files.isRegularFile(file)) {
            diagnostics.error(
                    Rule.FILE_MISSING,
                    declaredAt,
                    "organisation requirements file '" + written + "' does not exist",
                    "create " + SourceFile.of(file, baseDir).displayName()
                            + " (see docs/formats.md), or correct the path: it is relative to the profile file");
            return Optional.empty();
        }
        return Optional.of(SourceFile.of(file, baseDir));
    }

    /** Reports every problem of one catalogue; true when it can be added. */
    private static boolean check(
            Catalog standard,
            Set<String> standardPrefixes,
            Catalog catalog,
            YamlDocument doc,
            Map<String, Origin> groups,
            Map<ItemId, Origin> items,
            Diagnostics diagnostics) {
        String file = doc.source().displayName();
        long before = diagnostics.errorCount();
        if (catalog.reference().equals(standard.reference())) {
            diagnostics.error(
                    Rule.ADDITION_COLLISION,
                    doc.at("/id"),
                    "organisation requirements are named " + catalog.reference() + ", like the standard's catalogue",
                    "give the file an id of its own, e.g. 'id: acme-requirements'");
        }
        if (!catalog.maturityLevels().isEmpty()) {
            diagnostics.error(
                    Rule.ADDITION_INVALID,
                    doc.at("/maturityLevels"),
                    "organisation requirements take their maturity levels from " + standard.reference(),
                    "remove 'maturityLevels:' from " + file);
        }
        if (catalog.items().isEmpty()) {
            diagnostics.error(
                    Rule.ADDITION_INVALID,
                    doc.at("/groups"),
                    "organisation requirements file has no requirement items",
                    "add groups with items, or remove the file from the profile's 'additions:'");
        }
        Set<ItemId> own = new HashSet<>();
        catalog.items().forEach(i -> own.add(i.id()));
        for (int g = 0; g < catalog.groups().size(); g++) {
            Group group = catalog.groups().get(g);
            SourcePosition groupAt = doc.at("/groups/" + g + "/id");
            if (!group.id().matches(GROUP_ID)) {
                diagnostics.error(
                        Rule.ADDITION_INVALID,
                        groupAt,
                        "invalid group id \"" + group.id() + "\"",
                        "write group ids as a prefix and two digits, e.g. 'ORG.01'");
                continue;
            }
            String prefix = group.id().substring(0, group.id().indexOf('.'));
            if (standard.group(group.id()).isPresent()) {
                diagnostics.error(
                        Rule.ADDITION_COLLISION,
                        groupAt,
                        "group " + group.id() + " collides with " + group.id() + " "
                                + standard.group(group.id()).get().name() + " of " + standard.reference());
            } else if (standardPrefixes.contains(prefix)) {
                diagnostics.error(
                        Rule.ADDITION_COLLISION,
                        groupAt,
                        "group " + group.id() + " uses the prefix '" + prefix + "' of " + standard.reference());
            } else {
                Origin first = groups.putIfAbsent(group.id(), new Origin(file, groupAt));
                if (first != null) {
                    diagnostics.error(
                            Rule.ADDITION_COLLISION,
                            groupAt,
                            "group " + group.id() + " is already added by " + first.owner() + " (at " + first.at()
                                    + ")");
                }
            }
            for (int i = 0; i < group.items().size(); i++) {
                Item item = group.items().get(i);
                ItemId id = item.id();
                SourcePosition at = doc.at("/groups/" + g + "/items/" + i + "/id");
                if (standard.itemsById().containsKey(id)) {
                    diagnostics.error(
                            Rule.ADDITION_COLLISION,
                            at,
                            "item " + id + " collides with " + id + " of " + standard.reference());
                    continue;
                }
                if (standardPrefixes.contains(id.prefix())) {
                    diagnostics.error(
                            Rule.ADDITION_COLLISION,
                            at,
                            "item " + id + " uses the prefix '" + id.prefix() + "' of " + standard.reference());
                    continue;
                }
                if (!id.groupId().equals(group.id())) {
                    diagnostics.error(
                            Rule.ADDITION_INVALID,
                            at,
                            "item " + id + " is listed under group " + group.id() + " but its id names group "
                                    + id.groupId(),
                            "move the item to group " + id.groupId() + ", or correct its id");
                }
                if (!id.isBaseRequirement() && !own.contains(id.baseRequirement())) {
                    diagnostics.error(
                            Rule.ADDITION_INVALID,
                            at,
                            "enhancement " + id + " has no base requirement " + id.baseRequirement() + " in " + file,
                            "add the base requirement " + id.baseRequirement() + ", or number the item as a BR");
                }
                Origin first = items.putIfAbsent(id, new Origin(file, at));
                if (first != null) {
                    diagnostics.error(
                            Rule.ID_DUPLICATE, at, "duplicate item id " + id + " (first at " + first.at() + ")");
                }
            }
        }
        return diagnostics.errorCount() == before;
    }
}
