package io.programbook.core.diff;

import io.programbook.core.diff.Changes.EditionChanges;
import io.programbook.core.diff.Changes.ItemChange;
import io.programbook.core.diff.Changes.MaturityChange;
import io.programbook.core.diff.Changes.ProfileChanges;
import io.programbook.core.diff.Changes.ProfileSide;
import io.programbook.core.diff.Changes.ProgramChanges;
import io.programbook.core.diff.Changes.ScopeChange;
import io.programbook.core.diff.Changes.StatementChange;
import io.programbook.core.diff.ProgramSnapshot.Totals;
import io.programbook.core.edition.Aspect;
import io.programbook.core.edition.Change;
import io.programbook.core.json.JsonWriter;
import io.programbook.core.model.Deviation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code changes.json}: the changes for tools and dashboards, keys in a fixed order, two-space
 * indentation and {@code \n} line ends on every platform. Notes and reasons are English, whatever the
 * documents' language: data for tools, like the tokens. The shape is documented in docs/formats.md.
 */
final class ChangesJson {

    /** Bumped when the shape changes incompatibly. */
    static final String FORMAT = "programbook-changes/1";

    private ChangesJson() {}

    static String write(Changes changes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("kind", changes.kind().label());
        root.put("from", changes.from());
        root.put("to", changes.to());
        changes.catalog().ifPresent(c -> root.put("catalog", catalog(c)));
        changes.profile().ifPresent(p -> root.put("profile", profile(p)));
        changes.program().ifPresent(p -> root.put("program", program(p)));
        changes.customer().ifPresent(c -> root.put("customer", customer(c)));
        return JsonWriter.standard().text(root);
    }

    private static Map<String, Object> catalog(EditionChanges c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", c.from());
        json.put("to", c.to());
        json.put("note", c.note());
        json.put("inferred", c.inferred());
        json.put("scoped", c.scoped());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (Change change : Change.values()) {
            counts.put(change.label(), c.count(change));
        }
        json.put("counts", counts);
        json.put("unverified", c.unverified());
        json.put("items", c.items().stream().map(ChangesJson::item).toList());
        return json;
    }

    private static Map<String, Object> item(ItemChange i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("change", i.change().label());
        json.put("from", i.from().map(Object::toString).orElse(null));
        json.put("to", i.to().map(Object::toString).orElse(null));
        json.put("area", i.area());
        json.put("title", i.title());
        if (!i.previousTitle().isEmpty()) {
            json.put("previousTitle", i.previousTitle());
        }
        json.put("aspects", i.aspects().stream().map(Aspect::label).toList());
        json.put("note", i.note());
        json.put("confidence", i.confidence().name().toLowerCase(Locale.ROOT));
        json.put("verified", i.verified());
        return json;
    }

    private static Map<String, Object> profile(ProfileChanges p) {
        Function<ScopeChange, Object> scope =
                s -> ordered("id", s.id().toString(), "area", s.area(), "title", s.title(), "reason", s.reason());
        Function<MaturityChange, Object> level = m -> ordered(
                "id",
                m.id().toString(),
                "area",
                m.area(),
                "title",
                m.title(),
                "from",
                m.from(),
                "to",
                m.to(),
                "rule",
                m.rule());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", side(p.from()));
        json.put("to", side(p.to()));
        json.put("entering", p.entering().stream().map(scope).toList());
        json.put("leaving", p.leaving().stream().map(scope).toList());
        json.put("maturityRaised", p.raised().stream().map(level).toList());
        json.put("maturityLowered", p.lowered().stream().map(level).toList());
        json.put(
                "parameters",
                p.parameters().stream()
                        .map(x -> ordered("name", x.name(), "from", x.from(), "to", x.to()))
                        .toList());
        return json;
    }

    private static Object side(ProfileSide side) {
        return ordered("id", side.id(), "name", side.name(), "version", side.version(), "catalog", side.catalog());
    }

    private static Map<String, Object> program(ProgramChanges p) {
        Function<StatementChange, Object> change = s ->
                ordered("id", s.id().toString(), "area", s.area(), "title", s.title(), "from", s.from(), "to", s.to());
        Map<String, Object> statements = new LinkedHashMap<>();
        statements.put(
                "added",
                p.added().stream()
                        .map(s -> ordered(
                                "id", s.id().toString(), "area", s.area(), "title", s.title(), "status", s.to()))
                        .toList());
        statements.put(
                "removed",
                p.removed().stream()
                        .map(s -> ordered(
                                "id", s.id().toString(), "area", s.area(), "title", s.title(), "status", s.from()))
                        .toList());
        statements.put("statusChanged", p.statusChanged().stream().map(change).toList());
        statements.put(
                "maturityChanged", p.maturityChanged().stream().map(change).toList());
        statements.put(
                "textChanged",
                p.textChanged().stream()
                        .map(s -> ordered("id", s.id().toString(), "area", s.area(), "title", s.title()))
                        .toList());
        if (!p.verdictChanged().isEmpty()) {
            // only between programs with assessments, so that other changes keep their shape
            statements.put(
                    "verdictChanged", p.verdictChanged().stream().map(change).toList());
        }
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("from", totals(p.fromTotals()));
        coverage.put("to", totals(p.toTotals()));
        coverage.put("delta", p.coverageDelta());
        coverage.put(
                "items",
                p.coverageChanged().stream()
                        .map(c -> ordered(
                                "id",
                                c.id().toString(),
                                "area",
                                c.area(),
                                "title",
                                c.title(),
                                "from",
                                c.from(),
                                "to",
                                c.to(),
                                "gaps",
                                c.gaps()))
                        .toList());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("statements", statements);
        json.put(
                "toReview",
                p.toReview().stream()
                        .map(r -> ordered(
                                "id", r.id().toString(), "area", r.area(), "title", r.title(), "reason", r.reason()))
                        .toList());
        json.put("coverage", coverage);
        return json;
    }

    /** One customer's section: who, whether its edition is new, and its deviations. */
    private static Map<String, Object> customer(Changes.CustomerChanges c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("name", c.name());
        json.put("firstEdition", c.firstEdition());
        Map<String, Object> deviations = new LinkedHashMap<>();
        deviations.put(
                "added", c.added().stream().map(d -> deviation(d, d.latest())).toList());
        deviations.put(
                "removed",
                c.removed().stream().map(d -> deviation(d, d.latest())).toList());
        deviations.put(
                "changed",
                c.changed().stream()
                        .map(d -> {
                            Map<String, Object> entry = deviation(d, d.is().orElseThrow());
                            entry.put("changed", d.aspects());
                            entry.put("was", terms(d.was().orElseThrow()));
                            return entry;
                        })
                        .toList());
        json.put("deviations", deviations);
        return json;
    }

    private static Map<String, Object> deviation(Changes.DeviationChange change, Deviation d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("item", change.item().toString());
        json.put("title", change.title());
        json.putAll(terms(d));
        return json;
    }

    private static Map<String, Object> terms(Deviation d) {
        return ordered(
                "difference",
                d.difference(),
                "compensation",
                d.compensation(),
                "acceptedBy",
                d.acceptedBy(),
                "acceptedOn",
                d.acceptedOn().toString(),
                "validUntil",
                d.validUntil().toString());
    }

    private static Object totals(Totals t) {
        return ordered(
                "inScope",
                t.inScope(),
                "covered",
                t.covered(),
                "gaps",
                t.gaps(),
                "notApplicable",
                t.notApplicable(),
                "percent",
                t.coveragePercent());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
