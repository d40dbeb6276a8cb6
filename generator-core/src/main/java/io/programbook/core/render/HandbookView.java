package io.programbook.core.render;

import java.util.List;

/**
 * Everything the handbook template prints, prepared in Java: sorted, grouped, counted and
 * formatted. Templates only iterate. Plain-text fields are already escaped for AsciiDoc; fields
 * named {@code *Adoc} are the user's AsciiDoc, meant to render.
 */
public record HandbookView(
        Document document,
        Summary summary,
        List<RoleView> roles,
        List<AreaView> areas,
        List<ExcludedView> excluded,
        List<ProcedureView> procedures,
        List<ParameterView> parameters) {

    /**
     * Title page and front matter.
     *
     * @param additions     the organisation's own requirement catalogues, or empty
     * @param licenceNotice whose licence the overlay text is under, or empty without overlay
     * @param purpose       the introduction's first sentence: whose program, for which services
     */
    public record Document(
            String title,
            String organisation,
            String address,
            String contact,
            String version,
            String date,
            String catalogTitle,
            String catalogReference,
            String catalogNote,
            String profileId,
            String profileName,
            String profileVersion,
            String profileDescription,
            String profileChain,
            String scopeAdoc,
            String additions,
            String licenceNotice,
            String purpose) {}

    /** Counts shown at the top of the handbook. */
    public record Summary(
            String catalogItems,
            int inScope,
            int excluded,
            int covered,
            int gaps,
            int implemented,
            int partial,
            int planned,
            int notApplicable,
            int noStatement,
            String coveragePercent) {}

    public record RoleView(String id, String name, String description, int statements) {}

    public record AreaView(
            String id, String anchor, String name, String description, List<ItemView> items, int excludedCount) {}

    /**
     * One in-scope item.
     *
     * @param statusCode the status token for styles, e.g. {@code not-applicable}, {@code no-statement}
     * @param status     the status as readers see it, from the bundle
     */
    public record ItemView(
            String id,
            String anchor,
            String title,
            String kind,
            boolean deliversDocument,
            String statusCode,
            String status,
            String target,
            String claimed,
            String owner,
            String coverage,
            String textAdoc,
            String justification,
            List<Link> procedures,
            List<EvidenceView> evidence,
            List<VerificationView> verification,
            List<String> gaps,
            Official official) {}

    /**
     * The item's text from the licensed overlay, or null without one.
     *
     * @param label      e.g. "Official text of iec-62443-2-4@2023, topic: …, subtopic: …"
     * @param paragraphs the official text, one escaped entry per paragraph
     */
    public record Official(String label, List<String> paragraphs) {}

    public record Link(String anchor, String label) {}

    /**
     * One evidence entry.
     *
     * @param id    the record's id in the evidence register
     * @param shown AsciiDoc: the title, linked into the assessor package or to the address where it
     *              may be, else with its path and why it is not linked
     */
    public record EvidenceView(
            String title, String location, boolean url, String date, boolean missing, String id, String shown) {}

    public record VerificationView(String by, String date, String result, String note) {}

    public record ExcludedView(
            String id, String anchor, String title, String area, String rationale, String decidedBy) {}

    public record ProcedureView(
            String id, String anchor, String title, String owner, List<Link> satisfies, String bodyAdoc) {}

    /**
     * An organisation-defined parameter. It is also a document attribute of the handbook, so
     * {@code {name}} in statements and procedures is replaced by its value.
     */
    public record ParameterView(String name, String value, String attributeValue) {}
}
