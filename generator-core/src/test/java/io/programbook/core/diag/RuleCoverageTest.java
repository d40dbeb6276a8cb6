package io.programbook.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule code is asserted somewhere: by a unit test of this module (its code written in a test
 * source) or by a case of the bad-input corpus (its code in an {@code expected.txt}). A rule nobody
 * tests can change or break unseen.
 */
class RuleCoverageTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** Sources that name every code without testing any. */
    private static final Set<String> NOT_TESTS = Set.of("RuleCoverageTest.java", "RulesDoc.java", "RulesDocTest.java");

    @Test
    void every_rule_code_should_have_a_unit_test_or_a_bad_input_case() throws IOException {
        // given
        String tests = read(TESTS, ".java");
        String corpus = read(CORPUS, "expected.txt");

        // when
        List<String> untested = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            // the code itself, not a longer code that starts with it
            Pattern code = Pattern.compile(Pattern.quote(rule.code()) + "(?![A-Z0-9]|-[A-Z0-9])");
            if (!code.matcher(tests).find() && !code.matcher(corpus).find()) {
                untested.add(rule.code());
            }
        }

        // then
        assertThat(untested)
                .as("rule codes that no unit test asserts and no bad-input case (src/test/resources/bad-input) shows")
                .isEmpty();
    }

    @Test
    void should_tell_a_code_from_a_longer_one_that_starts_with_it() {
        // given
        Pattern code = Pattern.compile(Pattern.quote("PB-FILE") + "(?![A-Z0-9]|-[A-Z0-9])");

        // then
        assertThat(code.matcher("[PB-FILE-MISSING]").find()).isFalse();
        assertThat(code.matcher("[PB-FILE] x").find()).isTrue();
    }

    private static String read(Path root, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(f -> !NOT_TESTS.contains(f.getFileName().toString()))
                    .sorted()
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
