package io.programbook.core.load;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.model.Catalog;
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

    public static final List<String> PROFILES =
            List.of("all-of-2-4", "integration-no-sis-no-wireless", "maintenance-provider", "ml3-assessment");

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
