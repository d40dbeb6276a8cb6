package io.programbook.core.render;

import java.util.List;

/**
 * Everything the evidence register prints, prepared in Java; plain-text fields are escaped for
 * AsciiDoc.
 *
 * @param header  title, organisation, version, date, catalogue and profile
 * @param records every record, by id
 * @param files   how many records are files, and how many of them the assessor package holds
 * @param kept    how many records are kept elsewhere (neither a file nor an address)
 */
public record EvidenceRegisterView(
        MatrixView.Header header, List<Row> records, int files, int packaged, int addresses, int kept, int missing) {

    public EvidenceRegisterView {
        records = List.copyOf(records);
    }

    /**
     * One record.
     *
     * @param location AsciiDoc: a link into the package, a link to the address, or the path or
     *                 address as text with why it is not linked; for a record kept elsewhere, the
     *                 description of where it is, as text
     * @param items    AsciiDoc: the items, each linked to the handbook
     */
    public record Row(
            String id,
            String anchor,
            String title,
            String kind,
            String location,
            String owner,
            String date,
            String validUntil,
            String items,
            String size,
            String sha256,
            String access,
            String state) {}
}
