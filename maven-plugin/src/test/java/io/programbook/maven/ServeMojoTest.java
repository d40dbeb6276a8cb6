package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.programbook.core.api.CheckRequest;
import io.programbook.core.api.CheckResult;
import io.programbook.core.api.DiffRequest;
import io.programbook.core.api.DiffResult;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.GenerateResult;
import io.programbook.core.api.Generator;
import io.programbook.core.api.ImportAssessmentRequest;
import io.programbook.core.api.ImportAssessmentResult;
import io.programbook.core.api.InitRequest;
import io.programbook.core.api.InitResult;
import io.programbook.core.api.Preview;
import io.programbook.core.api.PreviewListener;
import io.programbook.core.api.PreviewRequest;
import io.programbook.core.api.ValidateRequest;
import io.programbook.core.api.ValidateResult;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ServeMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    /** A generator whose preview reports the given builds at once, then is closed. */
    static final class FakeGenerator implements Generator {

        final List<PreviewListener.Build> builds = new ArrayList<>();
        PreviewRequest asked;
        RuntimeException failure;
        boolean closed;

        @Override
        public Preview preview(PreviewRequest request, PreviewListener listener) {
            asked = request;
            if (failure != null) {
                throw failure;
            }
            builds.forEach(listener::built);
            return new Preview() {
                @Override
                public URI address() {
                    return URI.create("http://127.0.0.1:8062/handbook.html");
                }

                @Override
                public void awaitClose() {}

                @Override
                public void close() {
                    closed = true;
                }
            };
        }

        @Override
        public ValidateResult validate(ValidateRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GenerateResult generate(GenerateRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CheckResult check(CheckRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InitResult init(InitRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DiffResult diff(DiffRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportAssessmentResult importAssessment(ImportAssessmentRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    private final List<String> log = new ArrayList<>();

    private ServeMojo mojo(Generator generator) {
        ServeMojo mojo = new ServeMojo(generator);
        mojo.configure(
                base.toFile(),
                base.resolve("src/programbook").toFile(),
                base.resolve("target/programbook").toFile(),
                List.of("html"));
        mojo.listen(PreviewRequest.LOOPBACK, 8062, 80);
        mojo.session(base.toFile(), false);
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add("[INFO] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("[WARNING] " + content);
            }

            @Override
            public void error(CharSequence content) {
                log.add("[ERROR] " + content);
            }
        });
        return mojo;
    }

    @Test
    void should_translate_its_parameters_into_one_request() throws Exception {
        assertThat(mojo(Generator.create()).toRequest())
                .isEqualTo(new PreviewRequest(
                        GenerateRequest.conventional(base), "127.0.0.1", 8062, Duration.ofMillis(80)));
    }

    @Test
    void should_refuse_a_port_that_is_not_one() {
        ServeMojo mojo = mojo(Generator.create());
        mojo.listen("127.0.0.1", 70000, 80);
        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("the preview's port 70000 is not a TCP port: use 1 to 65535, or 0 for a free one"
                        + " (check <port>, <host>, <threads>)");
    }

    @Test
    void should_render_the_editions_on_the_threads_asked_for() throws Exception {
        ServeMojo mojo = mojo(Generator.create());
        assertThat(mojo.toRequest().generate().threads()).isEqualTo(GenerateRequest.CORES);
        mojo.threads(2);
        assertThat(mojo.toRequest().generate().threads()).isEqualTo(2);
        mojo.threads(-2);
        assertThatThrownBy(mojo::toRequest)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("threads is -2: ")
                .hasMessageEndingWith(" (check <port>, <host>, <threads>)");
    }

    @Test
    void should_log_the_address_each_build_and_the_findings_of_a_failed_one() throws Exception {
        // given
        FakeGenerator generator = new FakeGenerator();
        GenerateResult done = new GenerateResult(
                List.of(base.resolve("target/programbook/handbook.html")), List.of(), 10, 8, 2, 80.0);
        Diagnostic problem = Diagnostic.error(
                Rule.VALUE_INVALID,
                SourcePosition.of("src/programbook/statements/a.yaml", 4, 5),
                "'x' is not a valid status",
                "valid values: implemented");
        generator.builds.add(new PreviewListener.Build(
                1, List.of(), Optional.of(done), List.of(), Optional.empty(), Duration.ofMillis(2500)));
        generator.builds.add(new PreviewListener.Build(
                2,
                List.of("src/programbook/statements/a.yaml"),
                Optional.empty(),
                List.of(problem),
                Optional.empty(),
                Duration.ofMillis(120)));

        // when
        mojo(generator).execute();

        // then
        assertThat(log)
                .containsExactly(
                        "[INFO] Programbook preview: build 1 in 2.50 s: 10 items in scope, 8 covered, 2 with gaps"
                                + " (80.0 % coverage)",
                        "[ERROR] src/programbook/statements/a.yaml:4:5: error [PB-VALUE-INVALID] 'x' is not a valid"
                                + " status" + System.lineSeparator() + "  hint: valid values: implemented",
                        "[ERROR] Programbook preview: build 2 after a change of src/programbook/statements/a.yaml"
                                + " failed on the input, see above; the browser shows why, above the last good"
                                + " pages. Fix and save to build again.",
                        "[INFO] Programbook preview: http://127.0.0.1:8062/handbook.html (watching src/programbook;"
                                + " Ctrl-C stops it)",
                        "[INFO] Programbook preview stopped.");
        assertThat(generator.closed).isTrue();
    }

    @Test
    void should_fail_with_what_to_do_when_the_port_is_taken() {
        FakeGenerator generator = new FakeGenerator();
        generator.failure = new IllegalArgumentException("the preview cannot listen on 127.0.0.1:8062 (Address"
                + " already in use): choose another port with -Dprogrambook.port, or 0 for a free one");
        assertThatThrownBy(() -> mojo(generator).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("choose another port with -Dprogrambook.port, or 0 for a free one");
    }
}
