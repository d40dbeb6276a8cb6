package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.render.ApplicabilityViewBuilder;
import java.util.List;
import java.util.Map;

/**
 * The statement of applicability: {@code applicability.adoc}, and {@code applicability.html} and
 * {@code applicability.pdf} when asked. Every item of the catalogue edition and of the organisation's own requirements, in or out
 * of scope, with rationale, target maturity and the profile file:line that decided it.
 */
public final class ApplicabilityOutput implements Output {

    public static final String ADOC = "applicability.adoc";
    public static final String HTML = "applicability.html";
    public static final String PDF = "applicability.pdf";

    private final ApplicabilityViewBuilder views = new ApplicabilityViewBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(ADOC, HTML, PDF);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        var messages = context.templates().messages();
        var view = views.build(context.inputs(), context.profile(), messages);
        String title = messages.get("applicability.document.title");
        String adoc = context.templates().render("applicability.adoc.ftl", Map.of("soa", view));
        files.text(ADOC, adoc);
        if (context.request().formats().contains(OutputFormat.HTML)) {
            files.text(HTML, context.htmlPage(ADOC, adoc, title));
        }
        if (context.request().formats().contains(OutputFormat.PDF)) {
            // the title page names the program above the document's title
            files.bytes(
                    PDF,
                    context.pdf(
                            ADOC,
                            adoc,
                            title,
                            TitlePage.of(
                                    context.inputs().program().value().program().title(), context)));
        }
    }
}
