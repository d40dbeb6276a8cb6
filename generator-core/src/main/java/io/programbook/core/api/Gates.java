package io.programbook.core.api;

import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the {@code check} goal requires of a program. Every gate is optional; an absent one is not
 * checked.
 *
 * @param minimumCoverage     the least overall coverage, in percent (0..100)
 * @param minimumAreaCoverage the least coverage of every functional area that has applicable items
 * @param areaCoverage        the least coverage of named areas ({@code SP.09} → 90), overriding
 *                            {@code minimumAreaCoverage} for them
 * @param failOnGaps          gap kinds of which a program may have none, by code
 *                            ({@code evidence-missing}); one of {@link #GAP_KINDS}
 * @param maxEvidenceAge      evidence older than this before the program's date (or undated)
 *                            fails the check; it is also the age limit of the trace
 * @param failOnDraft         a draft fails the check: a document status other than released, or
 *                            a statement still holding the scaffold's placeholder text (a release
 *                            build sets it)
 */
public record Gates(
        Optional<Double> minimumCoverage,
        Optional<Double> minimumAreaCoverage,
        Map<String, Double> areaCoverage,
        Set<String> failOnGaps,
        Optional<Period> maxEvidenceAge,
        boolean failOnDraft) {

    /** Gates without the draft gate. */
    public Gates(
            Optional<Double> minimumCoverage,
            Optional<Double> minimumAreaCoverage,
            Map<String, Double> areaCoverage,
            Set<String> failOnGaps,
            Optional<Period> maxEvidenceAge) {
        this(minimumCoverage, minimumAreaCoverage, areaCoverage, failOnGaps, maxEvidenceAge, false);
    }

    public Gates {
        Objects.requireNonNull(minimumCoverage, "minimumCoverage");
        Objects.requireNonNull(minimumAreaCoverage, "minimumAreaCoverage");
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
        minimumCoverage.ifPresent(Gates::requirePercent);
        minimumAreaCoverage.ifPresent(Gates::requirePercent);
        areaCoverage.values().forEach(Gates::requirePercent);
        areaCoverage = Collections.unmodifiableMap(new TreeMap<>(areaCoverage));
        TreeSet<String> kinds = new TreeSet<>();
        for (String kind : failOnGaps) {
            String code = kind.strip().toLowerCase(Locale.ROOT);
            if (!GAP_KINDS.contains(code)) {
                throw new IllegalArgumentException(
                        "unknown gap kind '" + kind.strip() + "'; valid kinds: " + String.join(", ", GAP_KINDS));
            }
            kinds.add(code);
        }
        // worst first, the order in which the gates are checked
        Set<String> ordered = new LinkedHashSet<>();
        GAP_KINDS.stream().filter(kinds::contains).forEach(ordered::add);
        failOnGaps = Collections.unmodifiableSet(ordered);
    }

    /**
     * The codes of every gap kind, worst first, as coverage.json and the gap report spell them. The
     * engine's gap kinds are these (a test keeps them equal).
     */
    public static final List<String> GAP_KINDS = List.of(
            "no-statement",
            "planned",
            "partial",
            "verification-failed",
            "evidence-missing",
            "no-evidence",
            "below-target",
            "evidence-stale",
            "suspect",
            "out-of-scope-statement",
            "procedure-unused");

    /** No gate at all. */
    public static Gates none() {
        return new Gates(Optional.empty(), Optional.empty(), Map.of(), Set.of(), Optional.empty());
    }

    public boolean isEmpty() {
        return minimumCoverage.isEmpty()
                && minimumAreaCoverage.isEmpty()
                && areaCoverage.isEmpty()
                && failOnGaps.isEmpty()
                && maxEvidenceAge.isEmpty()
                && !failOnDraft;
    }

    private static void requirePercent(Double value) {
        if (value == null || value.isNaN() || value < 0 || value > 100) {
            throw new IllegalArgumentException("a coverage minimum is a percentage from 0 to 100, not " + value);
        }
    }
}
