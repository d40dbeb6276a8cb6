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
        return new TitlePage(
                kind,
                List.of(
                        new Detail("Catalogue", catalog.title() + " (" + catalog.id() + "@" + catalog.edition() + ")"),
                        new Detail(
                                "Profile",
                                profile.name()
                                        + (profile.version() == null
                                                        || profile.version().isBlank()
                                                ? ""
                                                : ", version " + profile.version()))));
    }

    public record Detail(String label, String value) {}
}
