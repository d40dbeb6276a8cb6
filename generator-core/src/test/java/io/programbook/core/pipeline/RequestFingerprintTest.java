package io.programbook.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.Branding;
import io.programbook.core.api.DocumentOptions;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.OutputFormat;
import io.programbook.core.api.RunSetting;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The up-to-date check compares the request as a whole: whatever component a request has, now or
 * added later, a run with another value of it is not up to date. The test walks the record's
 * components by reflection, so a new component is covered without a change here or in
 * {@link BuildState} (a component of a type this test cannot vary fails it, naming the type).
 */
class RequestFingerprintTest {

    private static final Path BASE = Path.of("/project").toAbsolutePath();

    /** Every value set, so that each component can be changed to empty as well as to another value. */
    private static GenerateRequest full() {
        return new GenerateRequest(
                BASE,
                BASE.resolve("src/programbook"),
                BASE.resolve("target/programbook"),
                Optional.of(Period.ofMonths(12)),
                new DocumentOptions(
                        Set.of(OutputFormat.HTML),
                        Optional.of(BASE.resolve("src/templates")),
                        new Branding(
                                Optional.of(BASE.resolve("logo.png")),
                                Optional.of(BASE.resolve("site.css")),
                                Optional.of(BASE.resolve("print.css"))),
                        Optional.of(Instant.parse("2026-11-29T00:00:00Z"))));
    }

    @Test
    void should_change_the_fingerprint_when_any_component_of_the_request_changes() {
        GenerateRequest request = full();
        String fingerprint = BuildState.describe(request);

        Map<String, Object> variants = variants("request", request);

        assertThat(variants.keySet())
                .as("every leaf of the request is varied")
                .contains(
                        "request.baseDir",
                        "request.maxEvidenceAge",
                        "request.documents.formats",
                        "request.documents.branding.logo",
                        "request.documents.pdfDate");
        variants.forEach((component, variant) -> assertThat(BuildState.describe((GenerateRequest) variant))
                .as(component)
                .isNotEqualTo(fingerprint));
    }

    @Test
    void should_not_compare_a_run_setting_such_as_the_number_of_threads() {
        GenerateRequest request = full();

        assertThat(BuildState.describe(request.withThreads(1)))
                .isEqualTo(BuildState.describe(request.withThreads(7)))
                .isEqualTo(BuildState.describe(request))
                .doesNotContain("threads");
        assertThat(Canonical.paths(request.withThreads(3))).isEqualTo(Canonical.paths(request));
    }

    @Test
    void should_refuse_a_negative_number_of_threads() {
        assertThatThrownBy(() -> full().withThreads(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads is -1");
        assertThat(full().withThreads(GenerateRequest.CORES).renderThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(full().withThreads(3).renderThreads()).isEqualTo(3);
    }

    @Test
    void should_give_equal_requests_equal_fingerprints_whatever_the_order_of_a_set() {
        GenerateRequest one = full().withFormats(EnumSet.of(OutputFormat.HTML, OutputFormat.PDF));
        GenerateRequest other = full().withFormats(Set.of(OutputFormat.PDF, OutputFormat.HTML));

        assertThat(BuildState.describe(one)).isEqualTo(BuildState.describe(other));
    }

    @Test
    void should_name_every_component_in_the_fingerprint() {
        assertThat(BuildState.describe(full()))
                .startsWith("GenerateRequest{baseDir=\"" + BASE + "\", programDir=")
                .contains("documents=DocumentOptions{formats=[HTML], templateOverrides=some(")
                .contains("pdfDate=some(2026-11-29T00:00:00Z)");
    }

    @Test
    void should_refuse_a_value_without_a_stable_text() {
        record Odd(Object value) {}

        assertThatThrownBy(() -> Canonical.of(new Odd(new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void should_take_every_path_of_the_request_as_an_input_root() {
        assertThat(Canonical.paths(full()))
                .contains(
                        BASE.resolve("src/programbook"),
                        BASE.resolve("src/templates"),
                        BASE.resolve("logo.png"),
                        BASE.resolve("site.css"),
                        BASE.resolve("print.css"));
    }

    /** The request with one leaf changed, for each leaf, by the leaf's path ({@code request.documents.pdfDate}). */
    private static Map<String, Object> variants(String name, Object value) {
        Map<String, Object> variants = new LinkedHashMap<>();
        RecordComponent[] components = value.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (components[i].isAnnotationPresent(RunSetting.class)) {
                continue; // how a run works, not what it writes: see should_not_compare_a_run_setting
            }
            Object current = read(value, components[i]);
            String path = name + "." + components[i].getName();
            Map<String, Object> changed = current instanceof Record
                    ? variants(path, current)
                    : Map.of(path, other(current, components[i].getGenericType()));
            for (Map.Entry<String, Object> variant : changed.entrySet()) {
                variants.put(variant.getKey(), with(value, i, variant.getValue()));
            }
        }
        return variants;
    }

    /** Another value of a leaf's type. */
    private static Object other(Object value, Type type) {
        if (value instanceof Optional<?> optional) {
            return optional.isPresent()
                    ? Optional.empty()
                    : Optional.of(sample(((ParameterizedType) type).getActualTypeArguments()[0]));
        }
        if (value instanceof Path path) {
            return path.resolve("elsewhere");
        }
        if (value instanceof Set<?> set && set.iterator().next() instanceof OutputFormat) {
            return set.contains(OutputFormat.PDF) ? Set.of(OutputFormat.ADOC) : Set.of(OutputFormat.PDF);
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Integer number) {
            return number + 1;
        }
        if (value instanceof Long number) {
            return number + 1;
        }
        if (value instanceof String text) {
            return text + "-other";
        }
        if (value instanceof Locale locale) {
            return locale.equals(Locale.GERMAN) ? Locale.ENGLISH : Locale.GERMAN;
        }
        throw new AssertionError("teach this test to vary a " + type + " (a new request component?)");
    }

    private static Object sample(Type type) {
        if (type == Path.class) {
            return BASE.resolve("sample");
        }
        if (type == Period.class) {
            return Period.ofMonths(3);
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == String.class) {
            return "sample";
        }
        throw new AssertionError("teach this test a sample " + type + " (a new request component?)");
    }

    private static Object read(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The record with component {@code index} replaced, through its canonical constructor. */
    private static Object with(Object record, int index, Object replacement) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<Object> arguments = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments.add(i == index ? replacement : read(record, components[i]));
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(arguments.toArray());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
