package io.programbook.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only SVG images that can show shapes and text pass the sanitizer: Programbook's charts. */
class InertSvgTest {

    static String data(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    static final String CHART =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"100\" viewBox=\"0 0 640 100\">"
                    + "<title>Coverage &amp; more</title><desc>SP.01: 11.1 %</desc>"
                    + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#ffffff\"/>"
                    + "<line x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\" stroke=\"#000000\" stroke-width=\"0.5\"/>"
                    + "<text x=\"1\" y=\"2\" font-size=\"11\" text-anchor=\"end\" fill=\"#1d2733\">25 %</text></svg>";

    @Test
    void should_keep_a_chart_and_drop_svg_images_that_could_do_more() {
        HtmlSanitizer sanitizer = new HtmlSanitizer(Set.of(), false);

        assertThat(InertSvg.is(data(CHART))).isTrue();
        assertThat(sanitizer
                        .sanitize("<img src=\"" + data(CHART) + "\" alt=\"chart\">")
                        .changed())
                .isFalse();
        for (String hostile : new String[] {
            CHART.replace("<desc>", "<script>alert(1)</script><desc>"),
            CHART.replace("<rect x=\"0\"", "<rect onload=\"alert(1)\" x=\"0\""),
            CHART.replace("<title>", "<image href=\"https://example.org/x.png\"/><title>"),
            CHART.replace("<title>", "<a href=\"javascript:alert(1)\"><text>x</text></a><title>"),
            CHART.replace("fill=\"#ffffff\"", "fill=\"url(https://example.org/x)\""),
            "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + CHART,
            CHART.replace("<svg xmlns", "<svg style=\"background:url(x)\" xmlns")
        }) {
            assertThat(InertSvg.is(data(hostile))).as(hostile).isFalse();
            assertThat(sanitizer
                            .sanitize("<img src=\"" + data(hostile) + "\" alt=\"x\">")
                            .html())
                    .as(hostile)
                    .doesNotContain("data:image/svg");
        }
    }
}
