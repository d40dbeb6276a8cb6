package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.model.Catalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogues and profiles shipped in the {@code programbook-catalog} jar. Catalogues are
 * immutable and cached for the life of the class loader, so a multi-module build parses each once.
 */
public final class BundledData {

    /** Every catalogue reference the catalog jar ships, for hints and for {@code init}. */
    public static final List<String> CATALOGS = List.of("iec-62443-2-4@2015+AMD1:2017", "iec-62443-2-4@2023");

    /** The bundled profiles with the catalogue each tailors: the same four per edition. */
    private static final Map<String, String> PROFILE_CATALOGS = profileCatalogs();

    public static final List<String> PROFILES = List.copyOf(PROFILE_CATALOGS.keySet());

    /** The suffix of the bundled profiles' names per catalogue edition. */
    private static final Map<String, String> PROFILE_SUFFIXES =
            Map.of("iec-62443-2-4@2023", "", "iec-62443-2-4@2015+AMD1:2017", "-2015");

    private static Map<String, String> profileCatalogs() {
        Map<String, String> profiles = new LinkedHashMap<>();
        for (String edition : List.of("", "-2015")) {
            for (String name :
                    List.of("all-of-2-4", "integration-no-sis-no-wireless", "maintenance-provider", "ml3-assessment")) {
                profiles.put(name + edition, edition.isEmpty() ? "iec-62443-2-4@2023" : "iec-62443-2-4@2015+AMD1:2017");
            }
        }
        return profiles;
    }

    /** The bundled profiles that tailor a catalogue, e.g. {@code all-of-2-4-2015} for the 2015 edition. */
    public static List<String> profilesFor(String catalogReference) {
        return PROFILE_CATALOGS.entrySet().stream()
                .filter(e -> e.getValue().equals(catalogReference))
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The bundled profile that makes the same choices as a bundled one, for another catalogue
     * edition: {@code all-of-2-4-2015} for {@code all-of-2-4} and the 2015 edition. Empty when none is
     * bundled for that edition.
     */
    public static Optional<String> counterpart(String profile, String catalogReference) {
        String suffix = PROFILE_SUFFIXES.get(catalogReference);
        if (suffix == null || !PROFILE_CATALOGS.containsKey(profile)) {
            return Optional.empty();
        }
        String base = profile.endsWith("-2015") ? profile.substring(0, profile.length() - 5) : profile;
        return Optional.of(base + suffix).filter(name -> catalogReference.equals(PROFILE_CATALOGS.get(name)));
    }

    /** The name of a bundled profile from the display name of its file, empty for a file of the program. */
    public static Optional<String> bundledProfileName(String displayName) {
        String prefix = "classpath:programbook/profiles/";
        return displayName.startsWith(prefix) && displayName.endsWith(".yaml")
                ? Optional.of(displayName.substring(prefix.length(), displayName.length() - 5))
                : Optional.empty();
    }

    private static final Map<String, Catalog> CACHE = new ConcurrentHashMap<>();

    private final YamlReader reader;

    public BundledData(YamlReader reader) {
        this.reader = reader;
    }

    /** The resource holding a catalogue: {@code iec-62443-2-4@2015+AMD1:2017} is at {@code …/2015+AMD1-2017.yaml}. */
    public static Optional<String> catalogResource(String reference) {
        int at = reference.indexOf('@');
        if (at <= 0 || !reference.matches("[a-z0-9][a-z0-9.-]*@[A-Za-z0-9.:+-]+")) {
            return Optional.empty();
        }
        String resource = "programbook/catalogs/" + reference.substring(0, at) + "/"
                + reference.substring(at + 1).replace(':', '-') + ".yaml";
        return BundledData.class.getClassLoader().getResource(resource) == null
                ? Optional.empty()
                : Optional.of(resource);
    }

    public static Optional<String> profileResource(String name) {
        String resource = "programbook/profiles/" + name + ".yaml";
        return name.matches("[a-z0-9][a-z0-9-]*")
                        && BundledData.class.getClassLoader().getResource(resource) != null
                ? Optional.of(resource)
                : Optional.empty();
    }

    /** Loads a bundled catalogue; empty when the reference names none (the caller reports it). */
    public Optional<Catalog> catalog(String reference, Diagnostics diagnostics) {
        Catalog cached = CACHE.get(reference);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Catalog> loaded = catalogResource(reference)
                .flatMap(resource -> reader.read(SourceFile.resource(resource), InputKind.CATALOG, diagnostics))
                .flatMap(doc -> reader.bind(doc, "", Catalog.class, "catalogue", diagnostics));
        loaded.ifPresent(catalog -> CACHE.putIfAbsent(reference, catalog));
        return loaded;
    }
}
