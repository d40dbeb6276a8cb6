package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.Statement;
import io.programbook.core.resolve.ResolvedProfile;

/**
 * {@link Rule#LINK_PLAIN_TEXT}: plain text the handbook shows as written (evidence titles and records,
 * verification notes), where an item link would print as {@code req:[…]}.
 */
final class PlainTextLinkCheck implements ProgramCheck {

    @Override
    public void check(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            for (int i = 0; i < statement.evidence().size(); i++) {
                check(
                        located.at(),
                        "evidence/" + i + "/title",
                        statement.evidence().get(i).title(),
                        "evidence title",
                        diagnostics);
                check(
                        located.at(),
                        "evidence/" + i + "/record",
                        statement.evidence().get(i).record(),
                        "evidence record",
                        diagnostics);
            }
            for (int i = 0; i < statement.verification().size(); i++) {
                check(
                        located.at(),
                        "verification/" + i + "/note",
                        statement.verification().get(i).note(),
                        "verification note",
                        diagnostics);
            }
        }
    }

    private static void check(
            YamlDocument.Located node, String field, String text, String what, Diagnostics diagnostics) {
        for (ItemLinks.Link link : ItemLinks.find(text, Markup.PLAIN_TEXT)) {
            diagnostics.warning(
                    Rule.LINK_PLAIN_TEXT,
                    node.find(field, link.written(), link.ordinal()),
                    what + " is plain text: '" + link.written() + "' is shown as written, not as a link",
                    null);
        }
    }
}
