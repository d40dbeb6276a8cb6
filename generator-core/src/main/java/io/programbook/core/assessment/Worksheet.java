package io.programbook.core.assessment;

import io.programbook.core.edition.TextFingerprint;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment worksheet of a program, as plain text: its identity (what the second sheet shows)
 * and one row per requirement item, service role and component, in the public layout of the IECEE
 * CB scheme's worksheet. Written to {@code assessment-worksheet.xlsx} and read back from a filled one.
 *
 * @param identity the program the worksheet is of, and the assessment it carries
 * @param rows     the rows, in catalogue order, then role, then component
 */
public record Worksheet(Identity identity, List<Row> rows) {

    /** The format marker on the program sheet: tells an import that this is a worksheet it wrote. */
    public static final String FORMAT = "programbook-assessment-worksheet/1";

    /** The verdict a row is imported from: Pass, Fail, N/A, N/E. */
    public static final int VERDICT_COLUMN = 9;

    public Worksheet {
        Objects.requireNonNull(identity, "identity");
        rows = List.copyOf(rows);
    }

    /**
     * What the program sheet says.
     *
     * @param catalog        the catalogue reference, e.g. {@code iec-62443-2-4@2023}
     * @param date           the program's document date, or empty
     * @param scheme         the scheme of the assessment; filled in by the assessor
     * @param assessor       who assessed; filled in by the assessor
     * @param assessmentDate when, {@code YYYY-MM-DD}; filled in by the assessor
     */
    public record Identity(
            String organisation,
            String title,
            String version,
            String profile,
            String catalog,
            String date,
            String scheme,
            String assessor,
            String assessmentDate) {}

    /**
     * One row: the ten columns' text, and what it is about.
     *
     * @param role      {@code integration} or {@code maintenance}
     * @param component   a component id, or empty for a row about every component
     * @param fingerprint the {@link Worksheet#fingerprint} of the row's statement; empty without one
     */
    public record Row(
            String level,
            ItemId item,
            String requirement,
            String role,
            String component,
            String roleCell,
            String maturity,
            String statement,
            String componentCell,
            String evidence,
            String remarks,
            String verdict,
            String fingerprint) {

        /** The ten cells in the worksheet's column order. */
        public List<String> cells() {
            return List.of(
                    level,
                    idCell(item),
                    requirement,
                    roleCell,
                    maturity,
                    statement,
                    componentCell,
                    evidence,
                    remarks,
                    verdict);
        }

        /** What identifies the row: its item, role and component. */
        public Key key() {
            return new Key(item, role, component);
        }

        /** The same row with the assessor's columns filled in. */
        public Row judged(String remarks, String verdict) {
            return new Row(
                    level,
                    item,
                    requirement,
                    role,
                    component,
                    roleCell,
                    maturity,
                    statement,
                    componentCell,
                    evidence,
                    remarks,
                    verdict,
                    fingerprint);
        }
    }

    /** Item, role and component: a row's identity, and an assessment result's. */
    public record Key(ItemId item, String role, String component) {}

    /**
     * The fingerprint of a statement as an assessor judges it: status, claimed maturity, text,
     * justification and evidence (ids, titles, locations, dates), in no language of ours, so that a
     * worksheet in any language records the same. Any later change of these changes it.
     */
    public static String fingerprint(Statement statement) {
        StringBuilder text = new StringBuilder()
                .append(statement.status())
                .append('\n')
                .append(statement.maturity())
                .append('\n')
                .append(statement.text())
                .append('\n')
                .append(statement.justification());
        statement
                .evidence()
                .forEach(e -> text.append('\n')
                        .append(e.id())
                        .append(' ')
                        .append(e.title())
                        .append(' ')
                        .append(e.location())
                        .append(' ')
                        .append(e.date()));
        return TextFingerprint.sha256(text.toString());
    }

    /** An id as the worksheet writes it, without the space: {@code SP.01.01BR}, {@code SP.01.01RE(1)}. */
    public static String idCell(ItemId item) {
        return item.toString().replace(" ", "");
    }

    /** An id as the worksheet writes it, read back; with or without the space. */
    public static Optional<ItemId> parseId(String cell) {
        String text = cell.strip();
        int kind = Math.max(text.lastIndexOf("BR"), text.lastIndexOf("RE("));
        if (kind <= 0) {
            return Optional.empty();
        }
        return ItemId.tryParse(text.substring(0, kind).strip() + " " + text.substring(kind));
    }

    public Optional<Row> row(Key key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
