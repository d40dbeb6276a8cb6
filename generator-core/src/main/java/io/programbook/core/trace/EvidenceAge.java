package io.programbook.core.trace;

import io.programbook.core.resolve.ResolvedProfile;
import java.time.Period;
import java.util.Optional;

/** How old evidence may be before it is a gap. */
public final class EvidenceAge {

    /** The profile parameter that sets the maximum age, in months. */
    public static final String PARAMETER = "review-interval-months";

    private EvidenceAge() {}

    /**
     * The maximum age in force: the one asked for (the goal's {@code maxEvidenceAgeMonths}), else the
     * profile parameter {@value #PARAMETER} when it is a whole number, else none.
     */
    public static Optional<Period> effective(Optional<Period> requested, ResolvedProfile profile) {
        return requested.or(() -> {
            String value = profile.parameters().get(PARAMETER);
            return value != null && value.strip().matches("\\d{1,3}")
                    ? Optional.of(Period.ofMonths(Integer.parseInt(value.strip())))
                    : Optional.empty();
        });
    }
}
