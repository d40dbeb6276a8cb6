package io.programbook.core.load;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why a written date is not one, as a hint: an impossible day or month says so. */
final class Dates {

    static final String FORMAT_HINT = "write dates as YYYY-MM-DD, e.g. 2026-03-31";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {}

    /** The hint for a value that is not a valid date. */
    static String hint(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            return FORMAT_HINT;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return "there is no month " + m.group(2) + ": months run from 01 to 12 (YYYY-MM-DD)";
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String leap = month == 2 ? (Year.isLeap(year) ? " (a leap year)" : " (not a leap year)") : "";
            return name + " " + year + leap + " has " + days + " days, so there is no day " + m.group(3)
                    + "; check the date";
        }
        return FORMAT_HINT;
    }
}
