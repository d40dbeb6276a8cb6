package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.ItemRef;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import java.util.Optional;

/**
 * {@link Rule#ITEM_UNKNOWN}, {@link Rule#ID_INVALID} and {@link Rule#LINK_EXCLUDED} for item links
 * ({@code req:[…]}) in the texts the handbook shows: a statement's text and justification, the
 * program's scope and procedures. A link must name an item of the catalogue; one to an item the
 * profile excludes leads to its row under "Excluded items": a warning, since a text that relies on an
 * item out of scope is most likely out of date. Each finding is at the position of the link's target.
 */
final class ItemLinkCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            // the handbook shows a statement only when its item is in scope: links of other statements are
            // checked, but lead nowhere yet
            var resolved = profile.item(statement.item());
            boolean shown = resolved.isPresent() && resolved.get().inScope();
            links(
                    located.at(),
                    "text",
                    statement.text(),
                    Markup.ASCIIDOC,
                    "statement text",
                    shown,
                    profile,
                    diagnostics);
            links(
                    located.at(),
                    "justification",
                    statement.justification(),
                    Markup.PLAIN_TEXT,
                    "justification",
                    shown,
                    profile,
                    diagnostics);
        }
        links(
                inputs.program().at(),
                "scope",
                inputs.program().value().scope(),
                Markup.ASCIIDOC,
                "scope",
                true,
                profile,
                diagnostics);
        for (Procedure procedure : inputs.procedures()) {
            for (ItemRef ref : procedure.references()) {
                target(ref.id(), ref.at(), "procedure '" + procedure.id() + "'", true, profile, diagnostics);
            }
        }
    }

    private static void links(
            YamlDocument.Located node,
            String field,
            String text,
            Markup markup,
            String what,
            boolean shown,
            ResolvedProfile profile,
            Diagnostics diagnostics) {
        for (ItemLinks.Link link : ItemLinks.find(text, markup)) {
            SourcePosition macro = node.find(field, link.written(), link.ordinal());
            SourcePosition at = macro.equals(node.at(field))
                    ? macro // not found as written (a quoted scalar)
                    : SourcePosition.of(
                            macro.file(), macro.line(), macro.column() + link.targetColumn() - link.column());
            try {
                target(link.parse(), at, what, shown, profile, diagnostics);
            } catch (InvalidValueException e) {
                diagnostics.error(Rule.ID_INVALID, at, e.getMessage(), e.suggestion());
            }
        }
    }

    private static void target(
            ItemId id,
            SourcePosition at,
            String what,
            boolean shown,
            ResolvedProfile profile,
            Diagnostics diagnostics) {
        Optional<ResolvedItem> item = profile.item(id);
        if (item.isEmpty()) {
            UnknownItems.report(id, at, what + " links to", profile.catalog(), diagnostics);
        } else if (shown && !item.get().inScope()) {
            diagnostics.warning(
                    Rule.LINK_EXCLUDED,
                    at,
                    what + " links to " + id + ", which the profile excludes ('"
                            + item.get().scopeDecision().rule() + "' at "
                            + item.get().scopeDecision().at() + ")",
                    null);
        }
    }
}
