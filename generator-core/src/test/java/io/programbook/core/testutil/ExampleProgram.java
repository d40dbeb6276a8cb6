package io.programbook.core.testutil;

import io.programbook.core.model.ItemId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The bundled example (examples/nordwind-automation, which follows 2023), copied into a test's
 * folder, as it is or switched to another catalogue edition. Switching sets {@code catalog:} in
 * program.yaml and profile.yaml (the edition check makes both follow one edition) and drops every
 * reference to items the other edition does not have: their statements, their entries in
 * {@code :pb-satisfies:} and their {@code req:[...]} links, which become plain text.
 */
public final class ExampleProgram {

    /** The example's program folder, seen from the generator-core module. */
    public static final Path SOURCE = Path.of("../examples/nordwind-automation/src/programbook");

    public static final String CATALOG = "iec-62443-2-4@2023";

    private ExampleProgram() {}

    /** Copies the example to {@code target} (the program folder) unchanged. */
    public static Path copy(Path target) {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(SOURCE.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Copies the example to {@code target}, switched to {@code catalog} without the items it lacks. */
    public static Path copyFor(Path target, String catalog, Collection<ItemId> missing) {
        copy(target);
        edit(target.resolve("program.yaml"), text -> text.replace("catalog: " + CATALOG, "catalog: " + catalog));
        edit(target.resolve("profile.yaml"), text -> text.replace("catalog: " + CATALOG, "catalog: " + catalog));
        try (Stream<Path> files = Files.walk(target)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml")
                        && file.getParent().getFileName().toString().equals("statements")) {
                    edit(file, text -> withoutStatements(text, missing));
                } else if (name.equals("profile.yaml")
                        && file.getParent().getParent().getFileName().toString().equals("customers")) {
                    edit(file, text -> text.replace("catalog: " + CATALOG, "catalog: " + catalog));
                } else if (name.equals("customer.yaml")) {
                    edit(file, text -> withoutDeviations(text, missing));
                } else if (name.endsWith(".adoc")
                        && file.getParent().getFileName().toString().equals("procedures")) {
                    edit(file, text -> withoutReferences(text, missing));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A customer's deviation register without the deviations for items the edition lacks (each names its item first). */
    private static String withoutDeviations(String text, Collection<ItemId> missing) {
        List<String> kept = new ArrayList<>();
        boolean dropping = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("  - item: ")) {
                dropping = missing.contains(
                        ItemId.parse(line.substring("  - item: ".length()).strip()));
            } else if (!line.startsWith("    ")) {
                dropping = false;
            }
            if (!dropping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String withoutStatements(String text, Collection<ItemId> missing) {
        List<String> kept = new ArrayList<>();
        boolean dropping = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("  - item: ")) {
                dropping = missing.stream().anyMatch(id -> line.strip().equals("- item: " + id));
            }
            if (!dropping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    private static String withoutReferences(String text, Collection<ItemId> missing) {
        String result = text;
        for (ItemId id : missing) {
            result = result.replace(", " + id, "").replace(id + ", ", "").replace("req:[" + id + "]", id.toString());
        }
        return result;
    }

    private static void edit(Path file, UnaryOperator<String> change) {
        try {
            Files.writeString(
                    file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
