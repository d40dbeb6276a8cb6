package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.render.HandbookViewBuilder;
import java.util.List;
import java.util.Map;

/**
 * The security-program handbook: {@code handbook.adoc}, and {@code handbook.html} and
 * {@code handbook.pdf} when asked.
 */
public final class HandbookOutput implements Output {

    public static final String ADOC = "handbook.adoc";
    public static final String HTML = "handbook.html";
    public static final String PDF = "handbook.pdf";

    private final HandbookViewBuilder views = new HandbookViewBuilder();

    @Override
    public List<String> fileNames() {
        return List.of(ADOC, HTML, PDF);
    }

    @Override
    public void write(OutputContext context, OutputFiles files) {
        var messages = context.templates().messages();
        var view = views.build(context.inputs(), context.profile(), context.trace(), messages);
        String adoc = context.templates().render("handbook.adoc.ftl", Map.of("handbook", view));
        files.text(ADOC, adoc);
        String title = context.inputs().program().value().program().title();
        if (context.request().formats().contains(OutputFormat.HTML)) {
            files.text(HTML, context.htmlPage(ADOC, adoc, title));
        }
        if (context.request().formats().contains(OutputFormat.PDF)) {
            files.bytes(
                    PDF, context.pdf(ADOC, adoc, title, TitlePage.of(messages.get("handbook.document.kind"), context)));
        }
    }
}
