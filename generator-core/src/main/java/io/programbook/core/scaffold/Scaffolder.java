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
import io.programbook.core.model.Placeholder;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scaffolds a program folder for a bundled profile or the organisation's own: {@code program.yaml},
 * a {@code profile.yaml} that extends the bundled profile (the own profile file is used as it is),
 * one statement stub per in-scope item, the organisation's additions included, in one file per
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
        boolean own = isProfileFile(request.profile());
        if (own) {
            requireOwnProfile(request);
        } else if (BundledData.profileResource(request.profile()).isEmpty()) {
            throw new GeneratorException(List.of(Diagnostic.error(
                    Rule.PROFILE_UNKNOWN,
                    SourcePosition.wholeFile(SourceFile.of(request.programDir(), request.baseDir())
                            .displayName()),
                    "cannot scaffold a program for '" + request.profile()
                            + "': there is no bundled profile of that name",
                    "choose one of: " + String.join(", ", BundledData.PROFILES)
                            + ", or name a profile file of your own in the program folder (e.g. profile.yaml)")));
        }
        Map<String, String> files = new LinkedHashMap<>();
        String catalog = own ? catalogOfFile(request) : catalogOf(request.profile());
        files.put(ProgramLoader.PROGRAM_FILE, programYaml(request, catalog, own));
        if (!own) {
            files.put("profile.yaml", profileYaml(request, catalog));
        }
        ResolvedProfile resolved = resolve(request, files);
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

    /**
     * Whether the profile names a file of the program folder (as {@code profile:} in program.yaml
     * does) rather than a bundled profile.
     */
    static boolean isProfileFile(String profile) {
        String name = profile.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static void requireOwnProfile(InitRequest request) {
        Path file = request.programDir().resolve(request.profile()).normalize();
        if (!file.startsWith(request.programDir()) || !Files.isRegularFile(file)) {
            throw new GeneratorException(List.of(Diagnostic.error(
                    Rule.PROFILE_UNKNOWN,
                    SourcePosition.wholeFile(
                            SourceFile.of(file, request.baseDir()).displayName()),
                    "cannot scaffold a program for the profile file '" + request.profile() + "': "
                            + (file.startsWith(request.programDir())
                                    ? "there is no such file in the program folder"
                                    : "it is outside the program folder"),
                    "name a profile file relative to the program folder ("
                            + SourceFile.of(request.programDir(), request.baseDir())
                                    .displayName()
                            + "), or a bundled profile: " + String.join(", ", BundledData.PROFILES))));
        }
    }

    /** The catalogue a bundled profile tailors, as its file names it. */
    private String catalogOf(String profile) {
        try (var in = Scaffolder.class
                .getClassLoader()
                .getResourceAsStream(BundledData.profileResource(profile).orElseThrow())) {
            return catalogLine(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .orElseThrow(() -> new IllegalStateException("bundled profile " + profile + " names no catalogue"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The catalogue the user's own profile tailors. One without a top-level {@code catalog:} line is
     * scaffolded for the current edition; the build then reports any disagreement with its position.
     */
    private static String catalogOfFile(InitRequest request) {
        try {
            String text = Files.readString(request.programDir().resolve(request.profile()), StandardCharsets.UTF_8);
            return catalogLine(text).orElse(BundledData.CATALOGS.get(BundledData.CATALOGS.size() - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> catalogLine(String yaml) {
        return yaml.lines()
                .filter(l -> l.startsWith("catalog:"))
                .map(l -> l.substring("catalog:".length())
                        .replaceAll("\\s+#.*$", "")
                        .strip())
                .map(c -> c.replaceAll("^[\"']|[\"']$", ""))
                .filter(c -> !c.isEmpty())
                .findFirst();
    }

    /**
     * Loads and resolves the scaffolded program from a scratch folder laid out like the project (so
     * that a finding in the user's own profile names it as the build would), holding the program's
     * profile and additions files and the new program.yaml: the in-scope items come from the same
     * code a build uses, a broken skeleton is caught here, and the user's own profile is checked
     * before anything is written.
     */
    private ResolvedProfile resolve(InitRequest request, Map<String, String> files) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("programbook-init");
            Path program = request.programDir().startsWith(request.baseDir())
                    ? scratch.resolve(
                            request.baseDir().relativize(request.programDir()).toString())
                    : scratch.resolve("program");
            copyProfiles(request.programDir(), program);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.createDirectories(program.resolve(file.getKey()).getParent());
                Files.writeString(program.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Diagnostics diagnostics = new Diagnostics();
            ProgramInputs inputs = new ProgramLoader(yaml).load(scratch, program, diagnostics);
            ResolvedProfile resolved =
                    diagnostics.hasErrors() ? null : new ProfileResolver().resolve(inputs, diagnostics);
            if (diagnostics.hasErrors()) {
                if (isProfileFile(request.profile())) {
                    throw new GeneratorException(diagnostics.all());
                }
                throw new IllegalStateException("the scaffolded program does not load: " + diagnostics.all());
            }
            return resolved;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the scaffold", e);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Copies the YAML files of an existing program folder that a profile can name (profiles and the
     * organisation's additions), leaving out program.yaml and the statements: the scaffold brings
     * its own program.yaml, and statements have nothing to do with the profile.
     */
    private static void copyProfiles(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile)
                    .filter(f -> isProfileFile(f.getFileName().toString()))
                    .filter(f -> !from.relativize(f).startsWith(ProgramLoader.STATEMENTS_DIR))
                    .filter(f -> !from.relativize(f).toString().equals(ProgramLoader.PROGRAM_FILE))
                    .sorted()
                    .toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
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

    static String programYaml(InitRequest request, String catalog, boolean ownProfile) {
        return """
                # The security program of %1$s, scaffolded by Programbook (goal init) from the %2$s
                # profile %3$s. Fill in the organisation, the scope and the roles, then work through
                # statements/ one functional area at a time. Every field is described in docs/formats.md.
                organisation:
                  name: %4$s
                  # address: Street 1, 12345 City
                  # contact: security@example.com

                program:
                  title: Security Program
                  version: "0.1"
                  # date: 2026-01-31     # the document date; evidence age is measured back from it

                catalog: %5$s
                profile: %6$s

                scope: |
                  Which services, sites, staff and systems the program covers, and what it leaves out.

                roles:
                  - id: %7$s
                    name: Security lead
                    description: Owns the security program and its reviews.
                """.formatted(
                        request.organisation().replaceAll("\\R", " "),
                        ownProfile ? "organisation's own" : "bundled",
                        request.profile(),
                        yamlString(request.organisation()),
                        catalog,
                        ownProfile ? request.profile() : "profile.yaml",
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
            out.append("      ").append(Placeholder.TEXT).append('\n');
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
