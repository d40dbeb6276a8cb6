package io.programbook.core.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.json.JsonWriter;
import io.programbook.core.load.Addition;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Overlay;
import io.programbook.core.resolve.Decision;
import io.programbook.core.resolve.Provenance;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.List;
import java.util.Map;

/**
 * {@code resolved-profile.json}: the resolved requirement set with its provenance, for tools. Keys
 * are written in a fixed order, lists in catalogue or chain order and parameters by name, so the same
 * inputs give the same bytes. Described by the JSON Schema {@value #SCHEMA} in the catalog jar.
 * Licensed overlay text is never written here: the file records only that an overlay was applied
 * and whose licence it is.
 */
public final class ResolvedProfileOutput implements Output {

    public static final String JSON = "resolved-profile.json";
    /** The schema's resource in the programbook-catalog jar. */
    public static final String SCHEMA = "programbook/schemas/resolved-profile.schema.json";

    public static final String FORMAT = "programbook-resolved-profile";
    public static final int FORMAT_VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public List<String> fileNames() {
        return List.of(JSON);
    }

    /**
     * Written for the provider's edition (and a customer edition written for internal readers); a
     * customer edition for the asset owner has none: the file cites every decision by its profile file
     * and line, which is the provider's tooling, not the customer's document.
     */
    @Override
    public boolean internal() {
        return true;
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        if (!writtenFor(context)) {
            return;
        }
        files.text(JSON, toJson(context.inputs(), context.profile()));
    }

    /** The document as text: two-space indents, {@code \n} line ends, a final newline. */
    public static String toJson(ProgramInputs inputs, ResolvedProfile profile) {
        return JsonWriter.standard().text(tree(inputs, profile));
    }

    /** The document as a tree, in the order it is written. */
    public static ObjectNode tree(ProgramInputs inputs, ResolvedProfile profile) {
        Catalog catalog = profile.catalog();
        Provenance provenance = profile.provenance();
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);

        ObjectNode cat = root.putObject("catalog");
        cat.put("ref", catalog.reference());
        cat.put("id", catalog.id());
        cat.put("edition", catalog.edition());
        cat.put("title", catalog.title());
        cat.put(
                "items",
                profile.items().stream()
                        .filter(i -> i.source().equals(catalog.reference()))
                        .count());

        ObjectNode own = root.putObject("profile");
        own.put("id", profile.profile().id());
        own.put("name", profile.profile().name());
        own.put("version", profile.profile().version());
        own.put("file", inputs.profile().at().file());

        ArrayNode chain = root.putArray("chain");
        for (Provenance.Link link : provenance.chain()) {
            ObjectNode p = chain.addObject();
            p.put("id", link.profile().id());
            p.put("name", link.profile().name());
            p.put("version", link.profile().version());
            p.put("catalog", link.profile().catalog());
            p.put("file", link.file());
            ArrayNode parents = p.putArray("extends");
            link.profile().parents().forEach(parents::add);
        }

        ArrayNode additions = root.putArray("additions");
        for (Addition addition : provenance.additions()) {
            ObjectNode a = additions.addObject();
            a.put("ref", addition.catalog().reference());
            a.put("title", addition.catalog().title());
            a.put("file", addition.file());
            a.put("items", addition.catalog().items().size());
            a.put("profile", addition.profileId());
            position(a.putObject("declaredAt"), addition.declaredAt());
        }

        if (provenance.overlay().isPresent()) {
            Overlay overlay = provenance.overlay().get();
            ObjectNode o = root.putObject("overlay");
            o.put("file", overlay.file());
            o.put("catalog", overlay.catalog());
            o.put("licensee", overlay.licensee());
            o.put("licence", overlay.licence());
            o.put("notice", overlay.notice(catalog.title()));
            o.put("items", overlay.items().size());
        } else {
            root.putNull("overlay");
        }

        ArrayNode parameters = root.putArray("parameters");
        for (Map.Entry<String, String> parameter : profile.parameters().entrySet()) {
            ObjectNode p = parameters.addObject();
            p.put("name", parameter.getKey());
            p.put("value", parameter.getValue());
            Decision setBy = provenance.parameters().get(parameter.getKey());
            p.put("profile", setBy == null ? profile.profile().id() : setBy.profile());
            position(
                    p,
                    setBy == null
                            ? SourcePosition.wholeFile(inputs.profile().at().file())
                            : setBy.at());
        }

        ObjectNode counts = root.putObject("counts");
        counts.put("items", profile.items().size());
        counts.put("inScope", profile.inScope().size());
        counts.put("excluded", profile.excluded().size());

        ArrayNode items = root.putArray("items");
        for (ResolvedItem item : profile.items()) {
            ObjectNode i = items.addObject();
            i.put("id", item.item().id().toString());
            i.put("title", item.item().title());
            i.put("kind", item.item().id().isBaseRequirement() ? "BR" : "RE");
            i.put("area", item.group().id());
            i.put("areaName", item.group().name());
            i.put("source", item.source());
            i.put("inScope", item.inScope());
            i.put("rationale", item.inScope() ? null : item.rationale());
            i.put("targetMaturity", item.inScope() ? item.targetMaturity() : null);
            ArrayNode decisions = i.putArray("decisions");
            decision(decisions.addObject(), "scope", item.scopeDecision());
            if (item.inScope()) {
                decision(decisions.addObject(), "maturity", item.maturityDecision());
            }
        }
        return root;
    }

    private static void decision(ObjectNode node, String aspect, Decision decision) {
        node.put("aspect", aspect);
        node.put("profile", decision.profile());
        node.put("rule", decision.rule());
        position(node, decision.at());
    }

    private static void position(ObjectNode node, SourcePosition at) {
        node.put("file", at.file());
        node.put("line", at.line());
        node.put("column", at.column());
    }
}
