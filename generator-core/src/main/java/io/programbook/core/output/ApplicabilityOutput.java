package io.programbook.core.output;

import io.programbook.core.api.OutputFormat;
import io.programbook.core.render.ApplicabilityViewBuilder;
import java.util.Map;
import java.util.Set;

/**
 * The statement of applicability: {@code applicability.adoc}, and {@code applicability.html} and
 * {@code applicability.pdf} when asked. Every item of the catalogue edition and of the organisation's own requirements, in or out
 * of scope, with rationale, target maturity and the profile file:line that decided it. Its PDF title
 * page names the program above the document's title.
 */
public final class ApplicabilityOutput extends GeneratedDocument {

    public static final String ADOC = "applicability.adoc";
    public static final String HTML = "applicability.html";
    public static final String PDF = "applicability.pdf";

    private final ApplicabilityViewBuilder views = new ApplicabilityViewBuilder();

    @Override
    public String id() {
        return "applicability";
    }

    @Override
    public Set<OutputFormat> formats() {
        return Set.of(OutputFormat.ADOC, OutputFormat.HTML, OutputFormat.PDF);
    }

    @Override
    public Map<String, Object> model(OutputContext context) {
        return Map.of(
                "soa",
                views.build(context.inputs(), context.profile(), context.messages()),
                "control",
                context.control());
    }
}
