package io.programbook.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.programbook.core.diag.Diagnostics;
import io.programbook.core.pipeline.Programbook;
import io.programbook.core.testutil.Fixtures;
import io.programbook.core.testutil.ProgramBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value per loaded program: made once per inputs (and second object) by identity, never for another. */
class PerInputsTest {

    @TempDir
    Path base;

    private final PerInputs<String> memo = new PerInputs<>();
    private final AtomicInteger made = new AtomicInteger();

    private List<ProgramInputs> loaded(int count) {
        ProgramBuilder program = Fixtures.program(base);
        program.write();
        List<ProgramInputs> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(new Programbook().load(base, program.programDir(), new Diagnostics()));
        }
        return inputs;
    }

    private String make(String value) {
        made.incrementAndGet();
        return value;
    }

    @Test
    void should_make_a_value_once_per_loaded_program_and_again_for_a_program_loaded_again() {
        List<ProgramInputs> inputs = loaded(2);

        String first = memo.of(inputs.get(0), () -> make("a"));
        String again = memo.of(inputs.get(0), () -> make("b"));
        String reloaded = memo.of(inputs.get(1), () -> make("c"));

        assertThat(first).isEqualTo("a");
        assertThat(again).isEqualTo("a");
        assertThat(reloaded).isEqualTo("c");
        assertThat(made).hasValue(2);
    }

    @Test
    void should_tell_values_made_with_different_second_objects_apart() {
        ProgramInputs inputs = loaded(1).get(0);
        Object one = new Object();
        Object two = new Object();

        memo.of(inputs, one, () -> make("one"));
        assertThat(memo.of(inputs, two, () -> make("two"))).isEqualTo("two");
        assertThat(memo.of(inputs, one, () -> make("x"))).isEqualTo("one");
        assertThat(made).hasValue(2);
    }

    @Test
    void should_hold_the_last_values_only() {
        List<ProgramInputs> inputs = loaded(PerInputs.REMEMBERED + 1);
        for (ProgramInputs i : inputs) {
            memo.of(i, () -> make("v"));
        }

        memo.of(inputs.get(inputs.size() - 1), () -> make("last"));
        memo.of(inputs.get(0), () -> make("first"));

        assertThat(made).hasValue(PerInputs.REMEMBERED + 2);
    }
}
