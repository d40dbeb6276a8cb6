package io.programbook.core.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.history.HistoryReader;
import io.programbook.core.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fingerprint of a successful run, kept in the output folder as {@value #FILE}: the hash of
 * every input (every file of the program folder, evidence included; profiles and other files the
 * run read from elsewhere; the template folder; the branding files), the request (configuration),
 * the generator's identity (version, and for snapshots the content of its jars: the bundled
 * catalogues, profiles, templates and theme), and the hash of every output it wrote.
 *
 * <p>A run whose fingerprint equals the stored one renders nothing: its outputs are in place and
 * unchanged. Any difference re-renders everything. Checking reads and hashes files, and starts
 * nothing else: no JRuby, no template engine.
 */
record BuildState(
        int format,
        String generator,
        String request,
        SortedMap<String, String> inputs,
        SortedMap<String, String> outputs,
        Summary summary,
        List<Diagnostic> warnings) {

    static final String FILE = ".programbook-state.json";
    /** The input key of the program's Git state: HEAD, the tags, a shallow clone's boundary. */
    static final String GIT_STATE = "git:HEAD+tags";

    private static final int FORMAT = 2;

    /** Reads the state back; {@link JsonWriter} writes it. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static volatile String cachedIdentity;

    /** What the log repeats for an up-to-date run. */
    record Summary(List<String> files, int inScope, int covered, int gaps, Double coveragePercent) {}

    BuildState {
        inputs = new TreeMap<>(inputs);
        outputs = new TreeMap<>(outputs);
        warnings = List.copyOf(warnings);
    }

    /** The inputs as they are now: the files under the request's folders, and files read from elsewhere last time. */
    static SortedMap<String, String> currentInputs(GenerateRequest request, Collection<String> readElsewhere) {
        SortedMap<String, String> inputs = new TreeMap<>();
        for (Path root : roots(request)) {
            for (Path file : files(root, request.outputDir())) {
                inputs.put(key(file), hash(file));
            }
        }
        // A program that reads its revision history from Git (releaseTags) has the repository as an
        // input: a commit, a tag or a shallow clone's boundary changes its documents. Uncommitted
        // changes are changed files, which are hashed anyway.
        String git = readsGit(request.programDir()) ? HistoryReader.fingerprint(request.programDir()) : "";
        if (!git.isEmpty()) {
            inputs.put(GIT_STATE, hash(git.getBytes(StandardCharsets.UTF_8)));
        }
        for (String other : readElsewhere) {
            inputs.computeIfAbsent(other, name -> Files.isRegularFile(Path.of(name)) ? hash(Path.of(name)) : "missing");
        }
        return inputs;
    }

    /**
     * Whether the program may read its history from Git: its {@code program.yaml} names release
     * tags. A text search, so that an up-to-date check parses nothing; a false positive only costs
     * a look at the repository's refs.
     */
    private static boolean readsGit(Path programDir) {
        try {
            Path file = programDir.resolve("program.yaml");
            return Files.isRegularFile(file) && Files.readString(file).contains("releaseTags");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The folders and files whose every file is an input: every path the request names (the
     * program folder, the template folder, the branding files and whatever a request may name in
     * future) but the project and the output folder. What a run reads outside them is added by
     * {@link #record}.
     */
    private static List<Path> roots(GenerateRequest request) {
        List<Path> roots = new ArrayList<>();
        for (Path path : Canonical.paths(request)) {
            if (!path.equals(request.baseDir()) && !path.equals(request.outputDir()) && !roots.contains(path)) {
                roots.add(path);
            }
        }
        return roots;
    }

    /**
     * The stored state, if it says that nothing changed: same generator, same request, same inputs,
     * and every output still in place with the bytes that were written.
     */
    static Optional<BuildState> upToDate(GenerateRequest request) {
        Path file = request.outputDir().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        BuildState stored;
        try {
            stored = JSON.readValue(file.toFile(), BuildState.class);
        } catch (IOException e) {
            return Optional.empty(); // unreadable or from another version: render
        }
        if (stored.format() != FORMAT
                || !generatorIdentity().equals(stored.generator())
                || !describe(request).equals(stored.request())) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> output : stored.outputs().entrySet()) {
            Path written = request.outputDir().resolve(output.getKey());
            if (!Files.isRegularFile(written) || !hash(written).equals(output.getValue())) {
                return Optional.empty();
            }
        }
        List<String> elsewhere = stored.inputs().keySet().stream()
                .filter(name -> !name.equals(GIT_STATE))
                .filter(name ->
                        roots(request).stream().noneMatch(root -> Path.of(name).startsWith(root)))
                .toList();
        return currentInputs(request, elsewhere).equals(stored.inputs()) ? Optional.of(stored) : Optional.empty();
    }

    /**
     * The state of a run that just succeeded.
     *
     * @param inputsBefore the inputs hashed before the run read them: a file changed during the run
     *                     then makes the next run render again
     * @param readFiles    every file the run read (profiles outside the program folder included)
     */
    static BuildState record(
            GenerateRequest request,
            SortedMap<String, String> inputsBefore,
            Collection<Path> readFiles,
            Map<String, byte[]> outputs,
            Summary summary,
            List<Diagnostic> warnings) {
        SortedMap<String, String> inputs = new TreeMap<>(inputsBefore);
        for (Path read : readFiles) {
            inputs.computeIfAbsent(key(read), name -> Files.isRegularFile(read) ? hash(read) : "missing");
        }
        SortedMap<String, String> written = new TreeMap<>();
        outputs.forEach((name, bytes) -> written.put(name, hash(bytes)));
        return new BuildState(FORMAT, generatorIdentity(), describe(request), inputs, written, summary, warnings);
    }

    byte[] toJson() {
        return JsonWriter.standard().bytes(this);
    }

    /** The configuration of a run, as one comparable text: the whole request, see {@link Canonical}. */
    static String describe(GenerateRequest request) {
        return Canonical.of(request);
    }

    /**
     * The generator's version, and for a snapshot the hash of the code and data it runs with (the
     * core, the bundled catalogues and profiles, the templates and theme), so that a rebuilt
     * snapshot renders again. Computed once per class loader.
     */
    static String generatorIdentity() {
        String identity = cachedIdentity;
        if (identity == null) {
            identity = computeGenerator();
            cachedIdentity = identity;
        }
        return identity;
    }

    private static String computeGenerator() {
        String version = "unknown";
        try (InputStream in = BuildState.class.getResourceAsStream("/programbook/generator.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                version = properties.getProperty("version", version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!version.endsWith("-SNAPSHOT") && !version.equals("unknown")) {
            return version;
        }
        MessageDigest digest = sha256();
        for (String resource : List.of(
                "programbook/generator.properties",
                "programbook/templates/page.ftlh",
                "programbook/catalogs/iec-62443-2-4/2023.yaml")) {
            location(resource).ifPresent(root -> {
                for (Path file : files(root, null)) {
                    digest.update(key(file).getBytes(StandardCharsets.UTF_8));
                    digest.update(hash(file).getBytes(StandardCharsets.UTF_8));
                }
            });
        }
        return version + " " + HexFormat.of().formatHex(digest.digest());
    }

    /** The jar or class folder a resource comes from. */
    private static Optional<Path> location(String resource) {
        URL url = BuildState.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                return Optional.of(Paths.get(URI.create(text.substring(4, text.indexOf("!/")))));
            }
            if (text.startsWith("file:")) {
                Path path = Paths.get(url.toURI());
                for (int i = 0; i < resource.split("/").length; i++) {
                    path = path.getParent();
                }
                return Optional.of(path);
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Regular files of a folder (or the file itself), sorted, without the output folder. */
    private static List<Path> files(Path root, Path outputDir) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> outputDir == null
                            || !p.startsWith(outputDir) && !p.startsWith(OutputWriter.staging(outputDir)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    static String hash(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
