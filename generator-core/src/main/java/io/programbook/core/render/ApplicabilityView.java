package io.programbook.core.render;

import java.util.List;

/**
 * Everything the statement of applicability prints, prepared in Java: every item of the catalogue
 * (and of the organisation's own requirements) with whether it applies, why not, at which target
 * maturity, and the profile rule and file:line that decided it. Plain-text fields are escaped for
 * AsciiDoc; templates only iterate.
 *
 * @param licenceNotice whose licence the overlay text is under; empty when no overlay is configured
 * @param defaults      the rules most items follow, said once; a row names only a rule that differs
 * @param exclusions    the excluded items grouped under the rule that excluded them, with its rationale once
 */
public record ApplicabilityView(
        Header header,
        Totals totals,
        List<LevelCount> levels,
        List<ProfileRow> chain,
        List<CatalogRow> catalogs,
        List<ParameterRow> parameters,
        List<Area> areas,
        String licenceNotice,
        Defaults defaults,
        List<Exclusion> exclusions,
        boolean outside) {

    /** The provider's statement of applicability: decisions cited with their file and line. */
    public ApplicabilityView(
            Header header,
            Totals totals,
            List<LevelCount> levels,
            List<ProfileRow> chain,
            List<CatalogRow> catalogs,
            List<ParameterRow> parameters,
            List<Area> areas,
            String licenceNotice,
            Defaults defaults,
            List<Exclusion> exclusions) {
        this(header, totals, levels, chain, catalogs, parameters, areas, licenceNotice, defaults, exclusions, false);
    }

    /**
     * The scope and maturity decisions most items share, each as "rule at file:line"; empty when no
     * item is in scope.
     */
    public record Defaults(String scope, String maturity) {}

    /**
     * One rule that excluded items, with the rationale it gives and the items, in catalogue order.
     *
     * @param anchor the group's anchor, which the excluded rows link to
     * @param rule   the rule and where it is written
     */
    public record Exclusion(String anchor, String rule, String rationale, List<ItemLink> items) {}

    /** An item, linked to its row. */
    public record ItemLink(String id, String anchor) {}

    public record Header(
            String title,
            String organisation,
            String version,
            String date,
            String catalogTitle,
            String catalogReference,
            String catalogNote,
            String profileId,
            String profileName,
            String profileVersion,
            String profileDescription) {}

    /**
     * @param standardItems     items of the standard's catalogue
     * @param organisationItems items of the organisation's own requirements
     */
    public record Totals(int items, int standardItems, int organisationItems, int inScope, int excluded) {}

    /** In-scope items at one target maturity level. */
    public record LevelCount(String level, String name, int items) {}

    /** One profile of the chain, in the order the chain applies them. */
    public record ProfileRow(String id, String name, String version, String file, String parents) {}

    /** A catalogue the items come from: the standard's, or one of the organisation's own. */
    public record CatalogRow(String reference, String title, int items, String file) {}

    public record ParameterRow(String name, String value, String setBy) {}

    /**
     * @param source empty for a functional area of the standard; what it is and where it comes from
     *               for the organisation's own requirements
     */
    public record Area(
            String id,
            String anchor,
            String name,
            String source,
            int items,
            int inScope,
            int excluded,
            List<Row> rows) {}

    /**
     * @param officialText paragraphs of the licensed overlay text; empty without overlay
     * @param decidedBy    the deciding rules and their profile file:line that differ from the {@link Defaults}:
     *                     scope, then maturity for items in scope; empty when the item follows both defaults
     * @param exclusion    for an excluded item, the anchor of its {@link Exclusion}; empty otherwise
     */
    public record Row(
            String id,
            String anchor,
            String title,
            String topic,
            String subtopic,
            List<String> officialText,
            boolean inScope,
            boolean notApplicable,
            String target,
            String rationale,
            List<String> decidedBy,
            String exclusion) {}
}
