package io.programbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.api.Generator;
import io.programbook.core.api.InitRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InitMojoTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    @Test
    void should_translate_its_parameters_into_one_request() {
        // given
        InitMojo mojo = new InitMojo(Generator.create());
        mojo.configure(base.toFile(), base.resolve("src/programbook").toFile(), " maintenance-provider ", "Acme AG");

        // when
        InitRequest request = mojo.toRequest();

        // then
        assertThat(request)
                .isEqualTo(new InitRequest(base, base.resolve("src/programbook"), "maintenance-provider", "Acme AG"));
    }
}
