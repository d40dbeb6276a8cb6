package io.programbook.core.scaffold;

import io.programbook.core.api.InitRequest;
import io.programbook.core.api.InitResult;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.diag.Diagnostics;
import io.programbook.core.diag.GeneratorException;
import io.programbook.core.diag.Rule;
import io.programbook.core.diag.SourcePosition;
import io.programbook.core.load.BundledData;
import io.programbook.core.load.ProgramInputs;
import io.programbook.core.load.ProgramLoader;
import io.programbook.core.load.SourceFile;
import io.programbook.core.load.YamlReader;
import io.programbook.core.model.Group;
import io.programbook.core.resolve.ProfileResolver;
import io.programbook.core.resolve.ResolvedItem;
import io.programbook.core.resolve.ResolvedProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scaffolds a program folder for a bundled profile: {@code program.yaml}, a {@code profile.yaml}
 * that extends the bundled profile, one statement stub per in-scope item in one file per
 * functional area, and the {@code procedures/} and {@code evidence/} folders. Every stub starts as
 * {@code planned}, so the skeleton builds at once and its gap report lists everything to do.
 *
 * <p>Never overwrites: a file that exists is left as it is and reported as skipped. The content
 * is the same for the same request (no dates, nothing random), and program.yaml and profile.yaml
 * are loaded and resolved before anything is written, so a skeleton never fails its first build.
 */
public final class Scaffolder {

    static final String OWNER = "security-lead";

    private final YamlReader yaml;

    public Scaffolder(YamlReader yaml) {
        this.yaml = yaml;
    }

    public InitResult scaffold(InitRequest request) {
        if (BundledData.profileResource(request.profile()).isEmpty()) {
            throw new GeneratorException(List.of(Diagnostic.error(
                    Rule.PROFILE_UNKNOWN,
                    SourcePosition.wholeFile(SourceFile.of(request.programDir(), request.baseDir())
                            .displayName()),
                    "cannot scaffold a program for '" + request.profile()
                            + "': there is no bundled profile of that name",
                    "choose one of: " + String.join(", ", BundledData.PROFILES))));
        }
        Map<String, String> files = new LinkedHashMap<>();
        String catalog = catalogOf(request.profile());
        files.put(ProgramLoader.PROGRAM_FILE, programYaml(request, catalog));
        files.put("profile.yaml", profileYaml(request, catalog));
        ResolvedProfile resolved = resolve(files);
        int stubs = 0;
        for (Group group : resolved.catalog().groups()) {
            List<ResolvedItem> items = resolved.inScope().stream()
                    .filter(i -> i.group().id().equals(group.id()))
                    .toList();
            if (!items.isEmpty()) {
                files.put(ProgramLoader.STATEMENTS_DIR + "/" + statementFileName(group), statementsYaml(group, items));
                stubs += items.size();
            }
        }
        files.put(ProgramLoader.PROCEDURES_DIR + "/.gitkeep", "");
        files.put("evidence/.gitkeep", "");

        List<Path> created = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = request.programDir().resolve(file.getKey());
            if (write(target, file.getValue())) {
                created.add(target);
            } else {
                skipped.add(target);
            }
        }
        return new InitResult(
                created,
                skipped,
                request.profile(),
                resolved.catalog().reference(),
                resolved.inScope().size(),
                stubs);
    }

    /** The catalogue a bundled profile tailors, as its file names it. */
    private String catalogOf(String profile) {
        try (var in = Scaffolder.class
                .getClassLoader()
                .getResourceAsStream(BundledData.profileResource(profile).orElseThrow())) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(l -> l.startsWith("catalog:"))
                    .map(l -> l.substring("catalog:".length()).strip())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("bundled profile " + profile + " names no catalogue"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and resolves the scaffolded program.yaml and profile.yaml from a scratch folder: the
     * in-scope items come from the same code a build uses, and a broken skeleton is caught here.
     */
    private ResolvedProfile resolve(Map<String, String> files) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("programbook-init");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(scratch.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Diagnostics diagnostics = new Diagnostics();
            ProgramInputs inputs = new ProgramLoader(yaml).load(scratch, scratch, diagnostics);
            ResolvedProfile resolved = new ProfileResolver().resolve(inputs.catalog(), inputs.profiles(), diagnostics);
            if (diagnostics.hasErrors()) {
                throw new IllegalStateException("the scaffolded program does not load: " + diagnostics.all());
            }
            return resolved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the scaffold", e);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Writes a file that does not exist yet; false when it exists (it is never touched then). */
    private static boolean write(Path target, String content) {
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(
                    target, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    static String statementFileName(Group group) {
        String area = group.id().toLowerCase(Locale.ROOT).replace(".", "");
        String name = group.name()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return area + (name.isEmpty() ? "" : "-" + name) + ".yaml";
    }

    static String programYaml(InitRequest request, String catalog) {
        return """
                # The security program of %1$s, scaffolded by Programbook (goal init) from the bundled
                # profile %2$s. Fill in the organisation, the scope and the roles, then work through
                # statements/ one functional area at a time. Every field is described in docs/formats.md.
                organisation:
                  name: %3$s
                  # address: Street 1, 12345 City
                  # contact: security@example.com

                program:
                  title: Security Program
                  version: "0.1"
                  # date: 2026-01-31     # the document date; evidence age is measured back from it

                catalog: %4$s
                profile: profile.yaml

                scope: |
                  Which services, sites, staff and systems the program covers, and what it leaves out.

                roles:
                  - id: %5$s
                    name: Security lead
                    description: Owns the security program and its reviews.
                """.formatted(
                        request.organisation().replaceAll("\\R", " "),
                        request.profile(),
                        yamlString(request.organisation()),
                        catalog,
                        OWNER);
    }

    static String profileYaml(InitRequest request, String catalog) {
        return """
                # The program's own profile: it extends the bundled profile %1$s and says only what
                # differs for this organisation (clause 4.1.4 tailoring). Examples, to uncomment and adapt:
                #
                # exclude:
                #   - select: SP.04
                #     rationale: Why these items do not apply to our services.
                # maturity:
                #   - select: SP.09.*
                #     level: ML3
                # parameters:
                #   review-interval-months: 12
                id: own-profile
                name: %2$s
                version: "0.1"
                catalog: %3$s
                extends: [%1$s]
                """.formatted(request.profile(), yamlString(request.organisation() + " profile"), catalog);
    }

    static String statementsYaml(Group group, List<ResolvedItem> items) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(group.id()).append(' ').append(oneLine(group.name()));
        if (!group.description().isBlank()) {
            out.append(": ").append(oneLine(group.description()));
        }
        out.append('\n');
        out.append("""
                # One statement per item in scope. Each starts as planned: describe the measure, then set
                # the status (implemented | partial | planned | not-applicable with a justification), the
                # claimed maturity, the owner, the procedures and the evidence.
                statements:
                """);
        for (ResolvedItem item :
                items.stream().sorted(Comparator.comparing(i -> i.item().id())).toList()) {
            out.append("  # ")
                    .append(oneLine(item.item().title()))
                    .append(" (target ")
                    .append(item.targetMaturity())
                    .append(")\n");
            out.append("  - item: ").append(item.item().id()).append('\n');
            out.append("    status: planned\n");
            out.append("    owner: ").append(OWNER).append('\n');
            out.append("    text: |\n");
            out.append("      To do: how the organisation meets this item.\n");
            out.append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A YAML double-quoted scalar: safe for any text. */
    static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch folder left in the temporary directory is harmless
        }
    }
}
