package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Generator;
import io.programbook.core.api.ValidateRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidateMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    @Test
    void should_translate_its_parameters_into_one_request() {
        // given
        ValidateMojo mojo = new ValidateMojo(Generator.create());
        mojo.configure(
                base.toFile(),
                base.resolve("src/programbook").toFile(),
                base.resolve("target/programbook").toFile(),
                true);

        // when
        ValidateRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new ValidateRequest(
                        base, base.resolve("src/programbook"), Optional.of(base.resolve("target/programbook")), true));
    }

    @Test
    void should_default_to_the_conventional_layout() {
        // given
        ValidateMojo mojo = new ValidateMojo(Generator.create());
        mojo.configure(
                base.toFile(),
                base.resolve("src/programbook").toFile(),
                base.resolve("target/programbook").toFile(),
                false);

        // when
        ValidateRequest request = mojo.toRequest();

        // then
        assertThat(request).isEqualTo(ValidateRequest.conventional(base));
    }
}
