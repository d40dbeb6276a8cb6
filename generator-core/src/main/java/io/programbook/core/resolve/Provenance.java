package io.programbook.core.resolve;

import io.programbook.core.load.Addition;
import io.programbook.core.model.Overlay;
import io.programbook.core.model.Profile;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a resolved profile came from: the profile chain with the file of each profile, the
 * organisation's requirement catalogues it adds, the licensed text overlay, and which profile set
 * each parameter.
 *
 * @param chain      parents first, the program's own profile last
 * @param parameters by parameter name, sorted: the profile entry that set the value in force
 */
public record Provenance(
        List<Link> chain, List<Addition> additions, Optional<Overlay> overlay, Map<String, Decision> parameters) {

    public Provenance {
        chain = List.copyOf(chain);
        additions = List.copyOf(additions);
        Objects.requireNonNull(overlay, "overlay");
        parameters = Collections.unmodifiableMap(new TreeMap<>(parameters));
    }

    /** One profile of the chain and the file it was read from ({@code classpath:…} for a bundled one). */
    public record Link(Profile profile, String file) {}

    public static Provenance none() {
        return new Provenance(List.of(), List.of(), Optional.empty(), Map.of());
    }
}
