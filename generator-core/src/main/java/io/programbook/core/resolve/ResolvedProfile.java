package io.programbook.core.resolve;

import io.programbook.core.model.Catalog;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Profile;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolved requirement set: every catalogue item with its scope and target maturity, and the
 * decision behind each.
 *
 * @param catalog    the catalogue with the organisation's added groups after the standard's
 * @param profiles   the chain, parents first, the program's own profile last
 * @param items      every catalogue item, in catalogue order
 * @param parameters organisation-defined values, sorted by name
 * @param provenance profile files, added catalogues, overlay, and where each parameter was set
 */
public final class ResolvedProfile {

    private final Catalog catalog;
    private final List<Profile> profiles;
    private final List<ResolvedItem> items;
    private final Map<String, String> parameters;
    private final Provenance provenance;
    /** Items by id: every output looks items up, thousands of times for a large catalogue. */
    private final Map<ItemId, ResolvedItem> byId;

    public ResolvedProfile(
            Catalog catalog,
            List<Profile> profiles,
            List<ResolvedItem> items,
            Map<String, String> parameters,
            Provenance provenance) {
        this.catalog = catalog;
        this.profiles = List.copyOf(profiles);
        this.items = List.copyOf(items);
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        Map<ItemId, ResolvedItem> index = new HashMap<>();
        this.items.forEach(i -> index.putIfAbsent(i.item().id(), i));
        this.byId = index;
    }

    /** A resolved profile whose provenance is not recorded. */
    public ResolvedProfile(
            Catalog catalog, List<Profile> profiles, List<ResolvedItem> items, Map<String, String> parameters) {
        this(catalog, profiles, items, parameters, Provenance.none());
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<Profile> profiles() {
        return profiles;
    }

    public List<ResolvedItem> items() {
        return items;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    public Provenance provenance() {
        return provenance;
    }

    public Profile profile() {
        return profiles.get(profiles.size() - 1);
    }

    public List<ResolvedItem> inScope() {
        return items.stream().filter(ResolvedItem::inScope).toList();
    }

    public List<ResolvedItem> excluded() {
        return items.stream().filter(i -> !i.inScope()).toList();
    }

    public Optional<ResolvedItem> item(ItemId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The licensed text overlay merged into the items, if the program configures one. */
    public Optional<Overlay> overlay() {
        return provenance.overlay();
    }

    /** {@link #substituteParameters(String, Map)} with this profile's parameters. */
    public String substituteParameters(String text) {
        return substituteParameters(text, parameters);
    }

    /**
     * The text with each {@code {name}} of a declared parameter replaced by its value, for outputs
     * that show statement text outside AsciiDoc (CSV, XLSX, the matrix's JSON and page): the one
     * substitution of every such output, by Asciidoctor's rules. Names are case-insensitive; an
     * escaped reference ({@code \{name}}) is shown as written without its backslash, as the handbook
     * shows it; a reference to no parameter stays as written.
     *
     * @param parameters values by name
     */
    public static String substituteParameters(String text, Map<String, String> parameters) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Map<String, String> byName = new HashMap<>();
        parameters.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
        Matcher m = ESCAPABLE_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = byName.get(m.group(2).toLowerCase(Locale.ROOT));
            String shown = m.group(1) != null ? "{" + m.group(2) + "}" : value == null ? m.group() : value;
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        return m.appendTail(out).toString();
    }

    /** An attribute reference, escaped (group 1 is the backslash) or not; group 2 is the name. */
    private static final Pattern ESCAPABLE_REFERENCE = Pattern.compile("(\\\\)?\\{([A-Za-z0-9_][A-Za-z0-9_-]*)\\}");
}
