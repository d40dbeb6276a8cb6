package io.programbook.core.validate;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.AsciidocDirectives;
import io.programbook.core.load.Located;
import io.programbook.core.load.ProgramFolder;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.Suggestions;
import io.programbook.core.load.YamlDocument;
import io.programbook.core.model.Catalog;
import io.programbook.core.model.Evidence;
import io.programbook.core.model.InvalidValueException;
import io.programbook.core.model.ItemId;
import io.programbook.core.model.ItemLinks;
import io.programbook.core.model.ItemLinks.Markup;
import io.programbook.core.model.ItemRef;
import io.programbook.core.model.Procedure;
import io.programbook.core.model.Program;
import io.programbook.core.model.Role;
import io.programbook.core.model.Statement;
import io.programbook.core.model.Status;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Cross-checks a loaded program against its catalogue and resolved profile: every reference
 * (items, roles, procedures, evidence files, maturity levels) must resolve. Reports every finding.
 */
public final class Validator {

    public void validate(ProgramInputs inputs, ResolvedProfile profile, Diagnostics diagnostics) {
        Catalog catalog = inputs.catalog();
        Program program = inputs.program().value();
        Set<String> roles = program.roles().stream().map(Role::id).collect(Collectors.toSet());
        Set<String> procedures = inputs.procedures().stream().map(Procedure::id).collect(Collectors.toSet());
        checkRoles(inputs, diagnostics);
        LocalDate programDate = program.program().date();

        Map<ItemId, Located<Statement>> seen = new HashMap<>();
        for (Located<Statement> located : inputs.statements()) {
            Statement statement = located.value();
            Located<Statement> first = seen.putIfAbsent(statement.item(), located);
            if (first != null) {
                diagnostics.error(
                        Rule.STATEMENT_DUPLICATE,
                        located.position("item"),
                        "second statement for " + statement.item() + " (first at " + first.position("item") + ")");
            }
            var resolved = profile.item(statement.item());
            if (resolved.isEmpty()) {
                unknownItem(statement.item(), located.position("item"), "statement names", catalog, diagnostics);
            } else if (!resolved.get().inScope()) {
                ResolvedItem item = resolved.get();
                diagnostics.warning(
                        Rule.STATEMENT_OUT_OF_SCOPE,
                        located.position("item"),
                        "statement for " + statement.item() + ", which the profile excludes ('"
                                + item.scopeDecision().rule() + "' at "
                                + item.scopeDecision().at() + ")",
                        null);
            }
            if (!statement.maturity().isEmpty() && catalog.rank(statement.maturity()) == 0) {
                diagnostics.error(
                        Rule.MATURITY_UNKNOWN,
                        located.position("maturity"),
                        "unknown maturity level '" + statement.maturity() + "'",
                        "use one of: " + levels(catalog));
            }
            if (!roles.contains(statement.owner())) {
                unknownRole(statement.owner(), located.position("owner"), roles, diagnostics);
            }
            if (statement.status() == Status.NOT_APPLICABLE
                    && statement.justification().isEmpty()) {
                diagnostics.error(
                        Rule.JUSTIFICATION_MISSING,
                        located.position("status"),
                        "statement for " + statement.item() + " is not-applicable without a justification");
            }
            for (int i = 0; i < statement.procedures().size(); i++) {
                String id = statement.procedures().get(i);
                if (!procedures.contains(id)) {
                    diagnostics.error(
                            Rule.PROCEDURE_UNKNOWN,
                            located.position("procedures/" + i),
                            "unknown procedure '" + id + "'",
                            Suggestions.nearest(id, procedures)
                                    .map(s -> "did you mean '" + s + "'?")
                                    .orElse(
                                            "procedures are the .adoc files of procedures/, named without the extension"));
                }
            }
            for (int i = 0; i < statement.evidence().size(); i++) {
                Evidence evidence = statement.evidence().get(i);
                if (evidence.fileBased()) {
                    checkInside(
                            inputs.programDir(),
                            evidence.file(),
                            located.position("evidence/" + i + "/file"),
                            diagnostics);
                }
                checkDate(
                        evidence.date(),
                        programDate,
                        located.position("evidence/" + i + "/date"),
                        "evidence",
                        diagnostics);
            }
            for (int i = 0; i < statement.verification().size(); i++) {
                checkDate(
                        statement.verification().get(i).date(),
                        programDate,
                        located.position("verification/" + i + "/date"),
                        "verification",
                        diagnostics);
            }
            // the handbook shows a statement only when its item is in scope: links of other statements are
            // checked, but lead nowhere yet
            boolean shown = resolved.isPresent() && resolved.get().inScope();
            checkAsciidoc(
                    located.at(), "text", statement.text(), "statement text", shown, profile, catalog, diagnostics);
            checkLinks(
                    located.at(),
                    "justification",
                    statement.justification(),
                    Markup.PLAIN_TEXT,
                    "justification",
                    shown,
                    profile,
                    catalog,
                    diagnostics);
            for (int i = 0; i < statement.evidence().size(); i++) {
                warnPlainText(
                        located.at(),
                        "evidence/" + i + "/title",
                        statement.evidence().get(i).title(),
                        "evidence title",
                        diagnostics);
            }
            for (int i = 0; i < statement.verification().size(); i++) {
                warnPlainText(
                        located.at(),
                        "verification/" + i + "/note",
                        statement.verification().get(i).note(),
                        "verification note",
                        diagnostics);
            }
        }
        checkAsciidoc(inputs.program().at(), "scope", program.scope(), "scope", true, profile, catalog, diagnostics);
        for (Procedure procedure : inputs.procedures()) {
            for (ItemRef ref : procedure.satisfies()) {
                if (profile.item(ref.id()).isEmpty()) {
                    unknownItem(
                            ref.id(), ref.at(), "procedure '" + procedure.id() + "' declares", catalog, diagnostics);
                }
            }
            for (ItemRef ref : procedure.references()) {
                checkLinkTarget(
                        ref.id(), ref.at(), "procedure '" + procedure.id() + "'", true, profile, catalog, diagnostics);
            }
            if (!procedure.owner().isEmpty() && !roles.contains(procedure.owner())) {
                unknownRole(procedure.owner(), procedure.ownerAt(), roles, diagnostics);
            }
        }
    }

    private static void checkRoles(ProgramInputs inputs, Diagnostics diagnostics) {
        Map<String, Integer> first = new HashMap<>();
        List<Role> roles = inputs.program().value().roles();
        for (int i = 0; i < roles.size(); i++) {
            Integer previous = first.putIfAbsent(roles.get(i).id(), i);
            if (previous != null) {
                diagnostics.error(
                        Rule.ID_DUPLICATE,
                        inputs.program().position("roles/" + i + "/id"),
                        "duplicate role id '" + roles.get(i).id() + "' (first at "
                                + inputs.program().position("roles/" + previous + "/id") + ")");
            }
        }
    }

    /**
     * An evidence path must name a file inside the program folder: no absolute paths, no
     * {@code ../} out of it, no symbolic link that leads outside. A missing file is a gap, not an error.
     */
    static void checkInside(Path programDir, String relative, SourcePosition at, Diagnostics diagnostics) {
        ProgramFolder.resolve(programDir, programDir, relative, "evidence path", at, diagnostics);
    }

    /** A record dated after the program's own date makes evidence age meaningless: most likely a typo. */
    private static void checkDate(
            LocalDate date, LocalDate programDate, SourcePosition at, String what, Diagnostics diagnostics) {
        if (date != null && programDate != null && date.isAfter(programDate)) {
            diagnostics.warning(
                    Rule.DATE_AFTER_PROGRAM,
                    at,
                    what + " dated " + date + ", after the program's date " + programDate,
                    null);
        }
    }

    /**
     * AsciiDoc the handbook shows: every {@code req:[…]} it renders as a link must name an item of the
     * catalogue, and no include directive may ask for another file (the SECURE mode would turn it
     * into a link).
     */
    private static void checkAsciidoc(
            YamlDocument.Located node,
            String field,
            String adoc,
            String what,
            boolean shown,
            ResolvedProfile profile,
            Catalog catalog,
            Diagnostics diagnostics) {
        if (adoc.isEmpty()) {
            return;
        }
        checkLinks(node, field, adoc, Markup.ASCIIDOC, what, shown, profile, catalog, diagnostics);
        Matcher include = AsciidocDirectives.INCLUDE.matcher(adoc);
        Map<String, Integer> seen = new HashMap<>();
        while (include.find()) {
            int occurrence = seen.merge(include.group(), 1, Integer::sum) - 1;
            diagnostics.error(
                    Rule.INCLUDE_UNSUPPORTED,
                    node.find(field, include.group(), occurrence),
                    what + " includes '" + include.group(1) + "', which is not read");
        }
    }

    /** The links of a text the handbook shows, each at the position of its target in the file. */
    private static void checkLinks(
            YamlDocument.Located node,
            String field,
            String text,
            Markup markup,
            String what,
            boolean shown,
            ResolvedProfile profile,
            Catalog catalog,
            Diagnostics diagnostics) {
        for (ItemLinks.Link link : ItemLinks.find(text, markup)) {
            SourcePosition macro = node.find(field, link.written(), link.ordinal());
            SourcePosition at = macro.equals(node.at(field))
                    ? macro // not found as written (a quoted scalar)
                    : SourcePosition.of(
                            macro.file(), macro.line(), macro.column() + link.targetColumn() - link.column());
            try {
                checkLinkTarget(link.parse(), at, what, shown, profile, catalog, diagnostics);
            } catch (InvalidValueException e) {
                diagnostics.error(Rule.ID_INVALID, at, e.getMessage(), e.suggestion());
            }
        }
    }

    /**
     * A link must name an item of the catalogue. One to an item the profile excludes leads to its row
     * under "Excluded items": a warning, since a text that relies on an item out of scope is most
     * likely out of date.
     */
    private static void checkLinkTarget(
            ItemId id,
            SourcePosition at,
            String what,
            boolean shown,
            ResolvedProfile profile,
            Catalog catalog,
            Diagnostics diagnostics) {
        Optional<ResolvedItem> item = profile.item(id);
        if (item.isEmpty()) {
            unknownItem(id, at, what + " links to", catalog, diagnostics);
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

    /** Plain text the handbook shows as written: a link there would print as {@code req:[…]}. */
    private static void warnPlainText(
            YamlDocument.Located node, String field, String text, String what, Diagnostics diagnostics) {
        for (ItemLinks.Link link : ItemLinks.find(text, Markup.PLAIN_TEXT)) {
            diagnostics.warning(
                    Rule.LINK_PLAIN_TEXT,
                    node.find(field, link.written(), link.ordinal()),
                    what + " is plain text: '" + link.written() + "' is shown as written, not as a link",
                    null);
        }
    }

    private static void unknownItem(
            ItemId id, SourcePosition at, String what, Catalog catalog, Diagnostics diagnostics) {
        List<String> ids = catalog.items().stream().map(i -> i.id().toString()).toList();
        List<String> sameGroup = catalog.items().stream()
                .filter(i -> i.id().groupId().equals(id.groupId()))
                .map(i -> i.id().toString())
                .toList();
        String hint;
        if (sameGroup.isEmpty()) {
            List<String> groups = catalog.groups().stream().map(g -> g.id()).toList();
            hint = catalog.reference() + " has no functional area " + id.groupId() + "; its areas are "
                    + (groups.isEmpty() ? "none" : groups.get(0) + " to " + groups.get(groups.size() - 1));
        } else {
            hint = Suggestions.nearest(id.toString(), sameGroup)
                            .or(() -> Suggestions.nearest(id.toString(), ids))
                            .map(s -> "did you mean '" + s + "'? ")
                            .orElse("")
                    + id.groupId() + " has " + sameGroup.get(0) + " to " + sameGroup.get(sameGroup.size() - 1);
        }
        diagnostics.error(
                Rule.ITEM_UNKNOWN,
                at,
                what + " item '" + id + "', which " + catalog.reference() + " does not have",
                hint);
    }

    private static void unknownRole(String role, SourcePosition at, Set<String> roles, Diagnostics diagnostics) {
        diagnostics.error(
                Rule.ROLE_UNKNOWN,
                at,
                "unknown role '" + role + "'",
                Suggestions.nearest(role, roles)
                                .map(s -> "did you mean '" + s + "'? ")
                                .orElse("") + "declared roles: "
                        + String.join(", ", roles.stream().sorted().toList()));
    }

    private static String levels(Catalog catalog) {
        return String.join(
                ", ", catalog.maturityLevels().stream().map(l -> l.id()).toList());
    }
}
