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
        List<ParameterView> parameters,
        CustomerView customer) {

    /** A handbook without a customer: the provider's edition. */
    public HandbookView(
            Document document,
            Summary summary,
            List<RoleView> roles,
            List<AreaView> areas,
            List<ExcludedView> excluded,
            List<ProcedureView> procedures,
            List<ParameterView> parameters) {
        this(document, summary, roles, areas, excluded, procedures, parameters, null);
    }

    /**
     * The customer a customer edition is for, or null in the provider's edition.
     *
     * @param duties     what the statements of the edition expect of the asset owner
     * @param deviations the deviations the asset owner accepted
     */
    public record CustomerView(String name, String contact, List<DutyView> duties, List<DeviationView> deviations) {}

    /** A task of the asset owner, with the item whose statement expects it. */
    public record DutyView(String task, Link item) {}

    /** An accepted deviation, every text escaped. */
    public record DeviationView(
            Link item,
            String difference,
            String compensation,
            String acceptedBy,
            String acceptedOn,
            String validUntil,
            boolean expired) {}

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
            Official official,
            String position) {}

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
     *              may be, else with its path and why it is not linked; for a reader outside the
     *              provider, evidence that is not shareable is shown by its title as available on
     *              request, and a file without its place in the program folder
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
