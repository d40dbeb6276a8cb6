package io.programbook.core.diff;

import io.programbook.core.OutputFormat;
import java.nio.file.Path;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to compare, and where the changes go. Exactly one of three comparisons:
 * <ul>
 * <li>two catalogue editions: {@code fromCatalog} and/or {@code toCatalog} (the one left out is the
 *     program's own catalogue);
 * <li>two profiles: {@code fromProfile} and/or {@code toProfile} (a profile file, relative to the
 *     base directory, or a bundled profile name; the one left out is the program's own profile);
 * <li>the program and a {@code baseline}: a folder holding an earlier version of the program
 *     (its program folder, or a project with {@code src/programbook}).
 * </ul>
 *
 * @param baseDir        the project base directory: diagnostics name files relative to it
 * @param programDir     the program folder ({@code src/programbook} by convention)
 * @param outputDir      where {@code changes.*} go ({@code target/programbook} by convention)
 * @param formats        formats to write besides AsciiDoc and JSON
 * @param maxEvidenceAge evidence older than this is a gap, as for {@code generate}; empty takes the
 *                       profile parameter {@code review-interval-months}
 */
public record DiffRequest(Path baseDir, Path programDir, Path outputDir, Set<OutputFormat> formats,
        Optional<String> fromCatalog, Optional<String> toCatalog, Optional<String> fromProfile,
        Optional<String> toProfile, Optional<Path> baseline, Optional<Period> maxEvidenceAge) {

    public DiffRequest {
        baseDir = baseDir.toAbsolutePath().normalize();
        programDir = programDir.toAbsolutePath().normalize();
        outputDir = outputDir.toAbsolutePath().normalize();
        formats = Set.copyOf(formats);
        fromCatalog = blankless(fromCatalog);
        toCatalog = blankless(toCatalog);
        fromProfile = blankless(fromProfile);
        toProfile = blankless(toProfile);
        baseline = Objects.requireNonNull(baseline, "baseline").map(p -> p.toAbsolutePath().normalize());
        Objects.requireNonNull(maxEvidenceAge, "maxEvidenceAge");
    }

    private static Optional<String> blankless(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The same request with other output formats. */
    public DiffRequest withFormats(Set<OutputFormat> other) {
        return new DiffRequest(baseDir, programDir, outputDir, other, fromCatalog, toCatalog, fromProfile, toProfile,
                baseline, maxEvidenceAge);
    }

    /** Compares two catalogue editions, writing into the conventional folders under a base directory. */
    public static DiffRequest editions(Path baseDir, String from, String to) {
        return new DiffRequest(baseDir, baseDir.resolve("src/programbook"), baseDir.resolve("target/programbook"),
                Set.of(OutputFormat.HTML), Optional.of(from), Optional.of(to), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
