package io.programbook.core.validate;

import io.programbook.core.api.ContentPolicy;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.model.MarkupHazards;
import io.programbook.core.model.MarkupHazards.Hazard;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Profile;
import io.programbook.core.model.Statement;
import java.util.Map;

/**
 * Holds the AsciiDoc of the program's text to what a document may show ({@link MarkupHazards}):
 * the statements' text, the program's scope, the procedures and the profiles' parameter values,
 * each finding at the file and line where it is written. Passthroughs, links to other schemes than
 * http, https and mailto, and remote images are errors, or warnings when the POM trusts the program's
 * authors ({@code allowPassthrough}); remote images are no finding at all when the POM allows them.
 * Overlong paragraphs are always errors.
 */
public final class MarkupChecker {

    public void check(ProgramInputs inputs, ContentPolicy policy, Diagnostics diagnostics) {
        for (Located<Statement> statement : inputs.statements()) {
            yaml(statement.at(), "text", statement.value().text(), "statement text", policy, diagnostics);
        }
        yaml(inputs.program().at(), "scope", inputs.program().value().scope(), "scope", policy, diagnostics);
        for (Procedure procedure : inputs.procedures()) {
            for (Hazard hazard : MarkupHazards.find(procedure.body())) {
                report(
                        hazard,
                        SourcePosition.of(
                                procedure.source(), procedure.bodyLine() + hazard.line(), hazard.column() + 1),
                        "procedure '" + procedure.id() + "'",
                        policy,
                        diagnostics);
            }
        }
        for (Located<Profile> profile : inputs.profiles()) {
            for (Map.Entry<String, String> parameter :
                    profile.value().parameters().entrySet()) {
                String field = "parameters/" + YamlDocument.escape(parameter.getKey());
                yaml(
                        profile.at(),
                        field,
                        parameter.getValue().strip(),
                        "parameter '" + parameter.getKey() + "'",
                        policy,
                        diagnostics);
            }
        }
    }

    private static void yaml(
            YamlDocument.Located node,
            String field,
            String adoc,
            String what,
            ContentPolicy policy,
            Diagnostics diagnostics) {
        if (adoc == null || adoc.isEmpty()) {
            return;
        }
        for (Hazard hazard : MarkupHazards.find(adoc)) {
            report(hazard, node.find(field, hazard.written(), hazard.ordinal()), what, policy, diagnostics);
        }
    }

    private static void report(
            Hazard hazard, SourcePosition at, String what, ContentPolicy policy, Diagnostics diagnostics) {
        switch (hazard.kind()) {
            case PASSTHROUGH ->
                markup(
                        Rule.PASSTHROUGH,
                        at,
                        what + " has " + hazard.description() + ", which puts raw HTML into the documents",
                        policy,
                        diagnostics);
            case REMOTE_IMAGE -> {
                if (!policy.allowRemoteImages()) {
                    markup(
                            Rule.REMOTE_IMAGE,
                            at,
                            what + " shows " + hazard.description()
                                    + ": opening the document would load it from the network",
                            policy,
                            diagnostics);
                }
            }
            case UNSAFE_LINK ->
                markup(
                        Rule.LINK_UNSAFE,
                        at,
                        what + " has " + hazard.description() + ", which a document never makes clickable",
                        policy,
                        diagnostics);
            case LONG_PARAGRAPH ->
                diagnostics.error(
                        Rule.PARAGRAPH_TOO_LONG,
                        at,
                        what + " has " + hazard.description() + ": rendering it as PDF would take minutes");
        }
    }

    /**
     * A finding about markup: an error, or a warning when the program's authors are trusted
     * ({@code allowPassthrough}); the sanitizer removes what is unsafe either way.
     */
    private static void markup(
            Rule rule, SourcePosition at, String message, ContentPolicy policy, Diagnostics diagnostics) {
        if (policy.allowPassthrough()) {
            diagnostics.warning(
                    rule, at, message + " (accepted by allowPassthrough; the sanitizer removes what is unsafe)", null);
        } else {
            diagnostics.error(rule, at, message);
        }
    }
}
