package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.render.GlossaryViewBuilder;
import io.programbook.core.render.HandbookViewBuilder;
import java.util.Map;
import java.util.Set;

/**
 * The security-program handbook: {@code handbook.adoc}, and {@code handbook.html} and
 * {@code handbook.pdf} when asked.
 */
public final class HandbookOutput extends GeneratedDocument {

    public static final String ADOC = "handbook.adoc";
    public static final String HTML = "handbook.html";
    public static final String PDF = "handbook.pdf";

    private final HandbookViewBuilder views = new HandbookViewBuilder();

    @Override
    public String id() {
        return "handbook";
    }

    @Override
    public Set<OutputFormat> formats() {
        return Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF);
    }

    @Override
    public Map<String, Object> model(OutputContext context) {
        return Map.of(
                "handbook",
                views.build(context.inputs(), context.profile(), context.trace(), context.messages()),
                "control",
                context.control(),
                "overview",
                context.overview(),
                "glossary",
                new GlossaryViewBuilder()
                        .build(
                                context.inputs().catalog(),
                                context.inputs().program().value(),
                                context.messages()));
    }
}
