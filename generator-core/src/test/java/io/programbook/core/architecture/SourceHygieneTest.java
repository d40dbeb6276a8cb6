package io.programbook.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the formatter does not check: no fully qualified class names inline in the Java sources of
 * any module (an import says what a file uses, in one place). Strings, comments and Javadoc
 * references may name classes in full.
 */
class SourceHygieneTest {

    private static final Path REPO = Path.of("..");

    private static final List<String> SOURCE_ROOTS = List.of(
            "catalog/src/test/java",
            "generator-core/src/main/java",
            "generator-core/src/test/java",
            "maven-plugin/src/main/java",
            "maven-plugin/src/test/java",
            "benchmarks/src");

    /** A package name followed by a class name: {@code java.util.List}, {@code io.programbook.core.api.Generator}. */
    static final Pattern INLINE_NAME = Pattern.compile(
            "(?<![\\w.@\"])(?:java|javax|org|com|io\\.programbook)(?:\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_]*");

    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    @Test
    void should_name_classes_by_import_not_inline() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : SOURCE_ROOTS) {
            Path dir = REPO.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .sorted()
                        .toList()) {
                    found.addAll(inlineNames(file, REPO.relativize(file).toString()));
                }
            }
        }
        assertThat(found)
                .as("inline fully qualified names: import the class instead")
                .isEmpty();
    }

    /**
     * Unit tests build their programs themselves ({@code testutil.ProgramBuilder}) or read their own
     * resources: only integration tests ({@code *IT}) read the bundled example, so that an edit of
     * the example never breaks a unit test and {@code ./mvnw test} stays fast.
     */
    @Test
    void should_leave_the_example_to_integration_tests() throws IOException {
        Pattern example = Pattern.compile("ExampleProgram\\.|\"\\.\\./examples/|Path\\.of\\(\"examples");
        List<String> found = new ArrayList<>();
        for (String root : List.of("generator-core/src/test/java", "maven-plugin/src/test/java")) {
            try (Stream<Path> files = Files.walk(REPO.resolve(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith("Test.java"))
                        .sorted()
                        .toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (example.matcher(lines.get(i)).find()) {
                            found.add(REPO.relativize(file) + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("unit tests reading the example: make them *IT or give them a program of their own")
                .isEmpty();
    }

    @Test
    void should_find_an_inline_name_and_leave_imports_strings_and_comments_alone() throws IOException {
        Path file = Files.createTempFile("Hygiene", ".java");
        try {
            Files.writeString(
                    file,
                    String.join(
                            "\n",
                            "package x;",
                            "import java.util.List;",
                            "/** See {@link java.util.Map}. */",
                            "class A {",
                            "    // java.util.Set in a comment",
                            "    String s = \"java.util.Set in a string\";",
                            "    Object o = new java.util.TreeMap<>();",
                            "}"));
            assertThat(inlineNames(file, "A.java")).containsExactly("A.java:7: java.util.TreeMap");
        } finally {
            Files.delete(file);
        }
    }

    static List<String> inlineNames(Path file, String shown) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (inComment || line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("//")
                    || line.startsWith("*")
                    || line.startsWith("import ")
                    || line.startsWith("package ")) {
                continue;
            }
            String code = STRING.matcher(line).replaceAll("\"\"");
            int comment = code.indexOf("//");
            if (comment >= 0) {
                code = code.substring(0, comment);
            }
            var m = INLINE_NAME.matcher(code);
            while (m.find()) {
                found.add(shown + ":" + (i + 1) + ": " + m.group());
            }
        }
        return found;
    }
}
