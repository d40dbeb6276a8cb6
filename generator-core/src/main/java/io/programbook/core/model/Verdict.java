package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An assessor's verdict on one row of the assessment worksheet, as the IECEE CB scheme's worksheet
 * writes it: Pass, Fail, N/A (not applicable) or N/E (not evaluated).
 */
public enum Verdict {
    @JsonProperty("pass")
    PASS("Pass", "pass"),
    @JsonProperty("fail")
    FAIL("Fail", "fail"),
    @JsonProperty("n/a")
    NOT_APPLICABLE("N/A", "n/a"),
    @JsonProperty("n/e")
    NOT_EVALUATED("N/E", "n/e");

    private final String label;
    private final String value;

    Verdict(String label, String value) {
        this.label = label;
        this.value = value;
    }

    /** As the worksheet writes it: {@code Pass}, {@code Fail}, {@code N/A}, {@code N/E}. */
    public String label() {
        return label;
    }

    /** As an assessment record writes it: {@code pass}, {@code fail}, {@code n/a}, {@code n/e}. */
    public String value() {
        return value;
    }

    /** Whether the verdict opens a finding that needs a corrective action: Fail and N/E. */
    public boolean opensFinding() {
        return this == FAIL || this == NOT_EVALUATED;
    }

    /** The verdict a worksheet cell or a record names, ignoring case and surrounding blanks. */
    public static Optional<Verdict> of(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.value.equals(wanted)).findFirst();
    }

    /** The labels in the worksheet's list, in order. */
    public static String[] labels() {
        return Arrays.stream(values()).map(Verdict::label).toArray(String[]::new);
    }
}
