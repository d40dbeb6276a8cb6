package io.programbook.core.render;

import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Addition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Group;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.OfficialText;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Program;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.render.ApplicabilityView.Area;
import io.programbook.core.render.ApplicabilityView.CatalogRow;
import io.programbook.core.render.ApplicabilityView.Defaults;
import io.programbook.core.render.ApplicabilityView.Exclusion;
import io.programbook.core.render.ApplicabilityView.ItemLink;
import io.programbook.core.render.ApplicabilityView.LevelCount;
import io.programbook.core.render.ApplicabilityView.ParameterRow;
import io.programbook.core.render.ApplicabilityView.ProfileRow;
import io.programbook.core.render.ApplicabilityView.Row;
import io.programbook.core.resolve.Decision;
import io.programbook.core.resolve.Provenance;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import io.programbook.core.text.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Prepares the statement of applicability: every item, grouped by functional area, with counts. */
public final class ApplicabilityViewBuilder {

    static final String CLASSPATH = "classpath:";

    public ApplicabilityView build(ProgramInputs inputs, ResolvedProfile profile, Messages messages) {
        Places places = new Places(inputs.customerAudience());
        Program program = inputs.program().value();
        Catalog catalog = profile.catalog();
        Profile own = profile.profile();
        ApplicabilityView.Header header = new ApplicabilityView.Header(
                messages.get("document.applicability.title"),
                Adoc.text(program.organisation().name()),
                Adoc.text(program.program().version()),
                program.program().date() == null
                        ? ""
                        : messages.date(program.program().date()),
                Adoc.text(catalog.title()),
                catalog.reference(),
                Adoc.text(catalog.note()),
                own.id(),
                Adoc.text(own.name()),
                Adoc.text(own.version()),
                Adoc.text(own.description()));

        List<ResolvedItem> items = profile.items();
        int standard = (int) items.stream()
                .filter(i -> i.source().equals(catalog.reference()))
                .count();
        ApplicabilityView.Totals totals = new ApplicabilityView.Totals(
                items.size(),
                standard,
                items.size() - standard,
                profile.inScope().size(),
                profile.excluded().size());

        List<LevelCount> levels = catalog.maturityLevels().stream()
                .map(l -> new LevelCount(l.id(), Adoc.text(l.name()), (int) profile.inScope().stream()
                        .filter(i -> i.targetMaturity().equals(l.id()))
                        .count()))
                .toList();

        Provenance provenance = profile.provenance();
        List<ProfileRow> chain = provenance.chain().stream()
                .map(link -> new ProfileRow(
                        link.profile().id(),
                        Adoc.text(link.profile().name()),
                        Adoc.text(link.profile().version()),
                        Adoc.text(
                                places.outside()
                                        ? ""
                                        : link.file().startsWith(CLASSPATH)
                                                ? messages.get("applicability.profile.bundled-file", file(link.file()))
                                                : file(link.file())),
                        Adoc.text(String.join(
                                ", ",
                                places.outside()
                                        ? parentIds(link, provenance.chain())
                                        : link.profile().parents()))))
                .toList();

        List<CatalogRow> catalogs = new ArrayList<>();
        catalogs.add(new CatalogRow(
                catalog.reference(),
                Adoc.text(catalog.title()),
                standard,
                Adoc.text(messages.get("applicability.catalog.bundled"))));
        for (Addition addition : provenance.additions()) {
            catalogs.add(new CatalogRow(
                    addition.catalog().reference(),
                    Adoc.text(addition.catalog().title()),
                    addition.catalog().items().size(),
                    Adoc.text(
                            places.outside()
                                    ? messages.get("customer.applicability.catalog.added", addition.profileId())
                                    : messages.get(
                                            "applicability.catalog.added", addition.file(), addition.profileId()))));
        }

        List<ParameterRow> parameters = profile.parameters().entrySet().stream()
                .map(e -> new ParameterRow(
                        e.getKey(),
                        Adoc.text(e.getValue()),
                        Optional.ofNullable(provenance.parameters().get(e.getKey()))
                                .map(d -> Adoc.text(
                                        places.outside()
                                                ? d.profile()
                                                : messages.get("applicability.at", d.profile(), where(d.at()))))
                                .orElse("")))
                .toList();

        String scopeDefault = mostCommon(profile.inScope().stream()
                .map(i -> places.where(i.scopeDecision(), messages))
                .toList());
        String maturityDefault = mostCommon(profile.inScope().stream()
                .map(i -> places.where(i.maturityDecision(), messages))
                .toList());
        // excluded items by the rule that excluded them (and its rationale), in the order the rules first exclude
        Map<String, List<ResolvedItem>> byRule = new LinkedHashMap<>();
        for (ResolvedItem item : profile.items()) {
            if (!item.inScope()) {
                byRule.computeIfAbsent(
                                places.where(item.scopeDecision(), messages) + "\u0000" + item.rationale(messages),
                                k -> new ArrayList<>())
                        .add(item);
            }
        }
        List<Exclusion> exclusions = new ArrayList<>();
        Map<ResolvedItem, String> exclusionOf = new HashMap<>();
        for (List<ResolvedItem> excluded : byRule.values()) {
            String anchor = "excluded-by-" + (exclusions.size() + 1);
            excluded.forEach(i -> exclusionOf.put(i, anchor));
            exclusions.add(new Exclusion(
                    anchor,
                    Adoc.text(places.where(excluded.get(0).scopeDecision(), messages)),
                    Adoc.text(excluded.get(0).rationale(messages)),
                    excluded.stream()
                            .map(i -> new ItemLink(
                                    i.item().id().toString(), i.item().id().anchor()))
                            .toList()));
        }
        Map<ItemId, Located<Statement>> notApplicable = new HashMap<>();
        inputs.statements().stream()
                .filter(st -> st.value().status() == Status.NOT_APPLICABLE)
                .forEach(st -> notApplicable.putIfAbsent(st.value().item(), st));
        List<Area> areas = catalog.groups().stream()
                .map(group -> area(
                        group, profile, notApplicable, scopeDefault, maturityDefault, exclusionOf, messages, places))
                .toList();
        String notice =
                profile.overlay().map(o -> Adoc.text(o.notice(catalog.title()))).orElse("");
        return new ApplicabilityView(
                header,
                totals,
                levels,
                chain,
                catalogs,
                parameters,
                areas,
                notice,
                new Defaults(Adoc.text(scopeDefault), Adoc.text(maturityDefault)),
                exclusions,
                places.outside());
    }

    /** The value most of the list has (the first of equals, so the choice is stable); empty for none. */
    static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        String best = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static Area area(
            Group group,
            ResolvedProfile profile,
            Map<ItemId, Located<Statement>> notApplicable,
            String scopeDefault,
            String maturityDefault,
            Map<ResolvedItem, String> exclusionOf,
            Messages messages,
            Places places) {
        List<ResolvedItem> items = profile.items().stream()
                .filter(i -> i.group().id().equals(group.id()))
                .toList();
        String source = items.isEmpty()
                        || items.get(0).source().equals(profile.catalog().reference())
                ? ""
                : profile.provenance().additions().stream()
                        .filter(a -> a.catalog().reference().equals(items.get(0).source()))
                        .findFirst()
                        .map(a -> Adoc.text(
                                places.outside()
                                        ? messages.get(
                                                "customer.applicability.area.organisation",
                                                a.catalog().reference(),
                                                a.profileId())
                                        : messages.get(
                                                "applicability.area.organisation",
                                                a.catalog().reference(),
                                                a.file(),
                                                a.profileId())))
                        .orElse("");
        List<Row> rows = items.stream()
                .map(i -> row(
                        i,
                        Optional.ofNullable(notApplicable.get(i.item().id())),
                        scopeDefault,
                        maturityDefault,
                        exclusionOf.getOrDefault(i, ""),
                        messages,
                        places))
                .toList();
        int inScope = (int) items.stream().filter(ResolvedItem::inScope).count();
        return new Area(
                group.id(),
                HandbookViewBuilder.anchor(group.id()),
                Adoc.text(group.name()),
                source,
                items.size(),
                inScope,
                items.size() - inScope,
                rows);
    }

    /**
     * One item's row, naming only the rules that differ from the defaults. An item in scope whose
     * statement says it does not apply is shown as not applicable, with the statement's
     * justification and where the statement is: the statement of applicability then says what the
     * handbook and every data output say.
     */
    private static Row row(
            ResolvedItem item,
            Optional<Located<Statement>> notApplicable,
            String scopeDefault,
            String maturityDefault,
            String exclusion,
            Messages messages,
            Places places) {
        Optional<OfficialText> official = item.official();
        boolean byStatement = item.inScope() && notApplicable.isPresent();
        List<String> decidedBy = new ArrayList<>();
        String scope = places.where(item.scopeDecision(), messages);
        if (!item.inScope() || !scope.equals(scopeDefault)) {
            decidedBy.add(Adoc.text(scope));
        }
        if (item.inScope()) {
            String maturity = places.where(item.maturityDecision(), messages);
            if (!maturity.equals(maturityDefault)) {
                decidedBy.add(Adoc.text(maturity));
            }
        }
        String rationale = Adoc.text(item.rationale(messages));
        if (byStatement) {
            Located<Statement> statement = notApplicable.get();
            rationale = messages.get(
                    "applicability.statement.not-applicable",
                    HandbookViewBuilder.textWithLinks(statement.value().justification()));
            decidedBy.add(Adoc.text(
                    places.outside()
                            ? messages.get("customer.applicability.statement")
                            : messages.get("applicability.statement.at", where(statement.position()))));
        }
        return new Row(
                item.item().id().toString(),
                item.item().id().anchor(),
                Adoc.text(item.item().title()),
                official.map(o -> Adoc.text(o.topic())).orElse(""),
                official.map(o -> Adoc.text(o.subtopic())).orElse(""),
                official.map(o -> Adoc.paragraphs(o.text())).orElse(List.of()),
                item.inScope(),
                byStatement,
                item.inScope() ? item.targetMaturity() : "",
                rationale,
                decidedBy,
                exclusion);
    }

    /**
     * How decisions are cited: with the profile file and line that hold them for the provider; by
     * their rule only for a reader outside the provider (a customer edition).
     */
    record Places(boolean outside) {

        String where(Decision decision, Messages messages) {
            return outside ? messages.get(decision.message()) : ApplicabilityViewBuilder.where(decision, messages);
        }
    }

    /**
     * The ids of the profiles a profile of the chain extends, for a reader who does not see its files:
     * each parent as written (a path relative to the profile's file, or a bundled name) matched to the
     * chain's profile from that file; as written when none matches.
     */
    private static List<String> parentIds(Provenance.Link link, List<Provenance.Link> chain) {
        List<String> ids = new ArrayList<>();
        for (String parent : link.profile().parents()) {
            String id = parent;
            for (Provenance.Link other : chain) {
                boolean sameFile = !link.file().startsWith(CLASSPATH)
                        && !other.file().startsWith(CLASSPATH)
                        && Path.of(link.file())
                                .resolveSibling(parent)
                                .normalize()
                                .equals(Path.of(other.file()).normalize());
                if (sameFile || other.profile().id().equals(parent)) {
                    id = other.profile().id();
                }
            }
            ids.add(id);
        }
        return ids;
    }

    /** A decision as a reader follows it: the rule, then the profile file and line that hold it. */
    static String where(Decision decision, Messages messages) {
        return messages.get("applicability.at", decision.message(), where(decision.at()));
    }

    static String where(SourcePosition at) {
        return at.line() == 0 ? file(at.file()) : file(at.file()) + ":" + at.line();
    }

    /** Bundled files by their path in the Programbook jar, without the {@code classpath:} prefix. */
    static String file(String file) {
        return file.startsWith(CLASSPATH) ? file.substring(CLASSPATH.length()) : file;
    }
}
