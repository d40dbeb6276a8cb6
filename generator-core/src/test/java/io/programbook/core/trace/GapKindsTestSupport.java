package io.programbook.core.trace;

import java.util.Arrays;

/** Statement YAML for tests of the trace and what reads it. */
public final class GapKindsTestSupport {

    private GapKindsTestSupport() {}

    /** One entry of a statements file: the item, then each field on a line of its own. */
    public static String statement(String item, String... fields) {
        StringBuilder yaml = new StringBuilder("  - item: ").append(item).append('\n');
        for (String field : fields) {
            yaml.append("    ").append(field).append('\n');
        }
        return yaml.toString();
    }

    /** A statements file holding the entries. */
    public static String statements(String... entries) {
        return "statements:\n" + String.join("", entries);
    }

    /** Implemented at ML2 with evidence that exists and is dated 2026-09-01, plus more fields. */
    public static String covered(String item, String... more) {
        String[] fields = {
            "status: implemented",
            "maturity: ML2",
            "owner: security-lead",
            "evidence:",
            "  - file: evidence/record.csv",
            "    title: Record",
            "    date: 2026-09-01"
        };
        String[] all = Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return statement(item, all);
    }
}
