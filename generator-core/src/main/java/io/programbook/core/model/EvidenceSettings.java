package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;

/**
 * How a program shares its evidence, as {@code evidence:} of {@code program.yaml} declares it.
 *
 * @param shareable     whether an evidence record without its own {@code shareable:} may be given to
 *                      asset owners and assessors (it goes into the assessor package); false when not
 *                      written: nothing leaves the organisation unless the program says so
 * @param internalHosts host names whose addresses only the organisation can open (an intranet);
 *                      evidence at such an address is shown as available on request
 */
public record EvidenceSettings(Boolean shareable, List<String> internalHosts) {

    /** No evidence shared unless a record says so, no internal host. */
    public static final EvidenceSettings DEFAULT = new EvidenceSettings(false, List.of());

    @JsonCreator
    public EvidenceSettings {
        shareable = shareable != null && shareable;
        internalHosts = Lists.copy(internalHosts).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Whether evidence is shareable when its record does not say. */
    public boolean shareableByDefault() {
        return shareable;
    }

    /** Whether a host (or a subdomain of it) is declared internal. */
    public boolean internal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return internalHosts.stream().anyMatch(i -> h.equals(i) || h.endsWith("." + i));
    }
}
