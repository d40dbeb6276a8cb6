package io.programbook.core.output;

import io.programbook.core.model.DocumentControl;
import io.programbook.core.model.Program;
import io.programbook.core.model.Role;
import io.programbook.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a PDF's title page shows besides the program's title, organisation, version and date.
 *
 * @param kind    the kind of document, e.g. "Security program handbook"
 * @param details label and value lines, e.g. the catalogue and profile the document follows
 */
public record TitlePage(String kind, List<Detail> details) {

    public TitlePage {
        details = List.copyOf(details);
    }

    /** A title page naming the catalogue and profile the document follows. */
    public static TitlePage of(String kind, OutputContext context) {
        var catalog = context.inputs().catalog();
        var profile = context.inputs().profile().value();
        var messages = context.templates().messages();
        return new TitlePage(
                kind,
                List.of(
                        new Detail(
                                messages.get("page.title-page.catalog"),
                                catalog.title() + " (" + catalog.id() + "@" + catalog.edition() + ")"),
                        new Detail(
                                messages.get("page.title-page.profile"),
                                profile.version() == null || profile.version().isBlank()
                                        ? profile.name()
                                        : messages.get(
                                                "page.title-page.profile.version",
                                                profile.name(),
                                                profile.version()))));
    }

    /**
     * The document-control lines of a title page: status, classification, owner, approvers and
     * next review, those that are set; none when the program has no document control. Plain text:
     * the page shells escape it as HTML.
     */
    public static List<Detail> control(Program program, Messages messages) {
        List<Detail> details = new ArrayList<>();
        Optional<DocumentControl> given = program.control();
        if (given.isEmpty()) {
            return details;
        }
        DocumentControl control = given.get();
        details.add(new Detail(
                messages.get("control.status"), messages.get(control.status().message())));
        if (!control.classification().isEmpty()) {
            details.add(new Detail(messages.get("control.classification"), control.classification()));
        }
        if (!control.owner().isEmpty()) {
            details.add(new Detail(messages.get("control.owner"), roleName(program, control.owner())));
        }
        if (!control.approvers().isEmpty()) {
            details.add(new Detail(
                    messages.get("control.approvers"),
                    control.approvers().stream()
                            .map(a -> messages.get(
                                    "control.signoff",
                                    a.name(),
                                    roleName(program, a.role()),
                                    a.date() == null
                                            ? messages.get("control.signoff.pending")
                                            : messages.date(a.date())))
                            .collect(Collectors.joining("; "))));
        }
        control.nextReview(program.program().date())
                .ifPresent(next -> details.add(new Detail(messages.get("control.next-review"), messages.date(next))));
        return details;
    }

    private static String roleName(Program program, String role) {
        return program.role(role).map(Role::name).orElse(role);
    }

    public record Detail(String label, String value) {}
}
