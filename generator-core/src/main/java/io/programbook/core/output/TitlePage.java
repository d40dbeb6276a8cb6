package io.programbook.core.output;

import java.util.List;

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

    public record Detail(String label, String value) {}
}
