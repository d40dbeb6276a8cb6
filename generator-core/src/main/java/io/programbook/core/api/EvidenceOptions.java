package io.programbook.core.api;

/**
 * The evidence register, assessor package and review calendar of {@code generate}.
 *
 * @param maxFileBytes    the largest evidence file the assessor package may hold, in bytes; a larger
 *                        shareable file fails the run ({@code PB-EVIDENCE-TOO-LARGE})
 * @param maxPackageBytes the largest the package's entries may be together (uncompressed), in bytes
 * @param calendarMonths  how many months after the program's date the review calendar document
 *                        looks ahead (the {@code .ics} holds every date)
 */
public record EvidenceOptions(long maxFileBytes, long maxPackageBytes, int calendarMonths) {

    /** 25 MiB a file, 250 MiB a package, a calendar of 3 months. */
    public static final EvidenceOptions DEFAULTS = new EvidenceOptions(25L << 20, 250L << 20, 3);

    public EvidenceOptions {
        if (maxFileBytes < 1 || maxPackageBytes < 1) {
            throw new IllegalArgumentException("evidence size limits are at least 1 byte");
        }
        if (calendarMonths < 1 || calendarMonths > 120) {
            throw new IllegalArgumentException(
                    "the review calendar looks ahead 1 to 120 months, not " + calendarMonths);
        }
    }
}
