import com.sun.management.OperatingSystemMXBean;
import io.programbook.core.api.GenerateRequest;
import io.programbook.core.api.Generator;
import io.programbook.core.api.Preview;
import io.programbook.core.api.PreviewListener;
import io.programbook.core.api.PreviewRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Edit-to-reload latency of the live preview (benchmarks/preview-latency.sh): starts the preview on
 * a project as {@code programbook:serve} does (HTML, 127.0.0.1, a free port, the default quiet
 * period), connects to its build events as a browser page does, then edits the first statement of
 * the first statements file N times. Each edit is timed from just before the file is written to the
 * moment the served handbook.html holds the edited text, after the reload event: what an author
 * waits for, less the browser's own rendering. Also the CPU time the whole process spent per edit
 * (all threads: build, JIT compiler, GC), the fairer figure on a machine shared with other work.
 * Prints one line per edit, then a summary line:
 * {@code SUMMARY label edits p50_ms p95_ms max_ms build_p50_ms build_p95_ms cpu_p50_ms cpu_p95_ms first_build_s}.
 *
 * <p>The first WARMUP edits are made and printed but not counted: the JVM compiles the code of a
 * build to machine code during the first minutes of a session, and an author's session is long.
 *
 * <pre>java -cp CLASSES:CORE_CLASSPATH[:CATALOGS] PreviewLatency PROJECT_DIR EDITS LABEL [WARMUP]</pre>
 */
public class PreviewLatency {

    private static final Pattern TEXT = Pattern.compile("(?m)^(\\s+)text: \\|\\n(\\s+)(?:PreviewEdit\\d+ )?");

    /** Whether the file's first statement is common to all customers (no customers: line before its text). */
    private static boolean common(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int body = text.indexOf("text: |");
            return body >= 0 && !text.substring(0, body).contains("customers: [");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]).toAbsolutePath().normalize();
        int edits = Integer.parseInt(args[1]);
        String label = args.length > 2 ? args[2] : project.getFileName().toString();
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Path statements;
        try (Stream<Path> files = Files.list(project.resolve("src/programbook/statements"))) {
            // a statement of the provider's own handbook: a file of statements for one customer only
            // (customers: [...]) changes that customer's edition, not the handbook this waits on
            statements = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(PreviewLatency::common)
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        BlockingQueue<PreviewListener.Build> builds = new LinkedBlockingQueue<>();
        long start = System.nanoTime();
        PreviewRequest request = new PreviewRequest(
                GenerateRequest.conventional(project), PreviewRequest.LOOPBACK, 0, PreviewRequest.DEFAULT_QUIET_PERIOD);
        try (Preview preview = Generator.create().preview(request, builds::add)) {
            double firstBuild = (System.nanoTime() - start) / 1e9;
            PreviewListener.Build first = builds.take();
            if (!first.succeeded()) {
                throw new IllegalStateException("the first build failed: " + first.problems());
            }
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<Integer> events = new LinkedBlockingQueue<>();
            URI root = preview.address().resolve("/");
            HttpResponse<Stream<String>> stream = http.send(
                    HttpRequest.newBuilder(root.resolve("/__programbook/events")).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Thread reader = new Thread(() -> {
                try {
                    stream.body().forEach(line -> {
                        if (line.startsWith("data: ")) {
                            events.add(Integer.parseInt(line.substring(6)));
                        }
                    });
                } catch (UncheckedIOException e) {
                    // the stream closed at the end of the run
                }
            });
            reader.setDaemon(true);
            reader.start();
            int shown = events.take();
            double[] latency = new double[edits + warmup];
            double[] build = new double[edits + warmup];
            double[] cpu = new double[edits + warmup];
            var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int i = 0; i < edits + warmup; i++) {
                builds.clear();
                Thread.sleep(300); // an author's pace: each edit after the last reload settled
                String marker = "PreviewEdit" + (i + 1);
                String text = Files.readString(statements, StandardCharsets.UTF_8);
                Matcher m = TEXT.matcher(text);
                if (!m.find()) {
                    throw new IllegalStateException("no 'text: |' in " + statements);
                }
                String edited = text.substring(0, m.start()) + m.group(1) + "text: |\n" + m.group(2) + marker + " "
                        + text.substring(m.end());
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Files.writeString(statements, edited, StandardCharsets.UTF_8);
                while (true) {
                    Integer next = events.poll(300, TimeUnit.SECONDS);
                    if (next == null) {
                        throw new IllegalStateException("no reload event within 300 s after edit " + (i + 1));
                    }
                    if (next <= shown) {
                        continue;
                    }
                    shown = next;
                    String page = http.send(
                                    HttpRequest.newBuilder(root.resolve("/handbook.html")).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    if (page.contains(marker)) {
                        break;
                    }
                }
                latency[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
                PreviewListener.Build done = builds.poll(5, TimeUnit.SECONDS);
                build[i] = done == null ? Double.NaN : done.took().toNanos() / 1e6;
                System.out.printf(
                        Locale.ROOT, "%s %d: %.0f ms to reload (build %.0f ms, CPU %.0f ms)%n",
                        i < warmup ? "warm-up edit" : "edit",
                        i + 1,
                        latency[i],
                        build[i],
                        cpu[i]);
            }
            stream.body().close();
            latency = Arrays.copyOfRange(latency, warmup, latency.length);
            build = Arrays.copyOfRange(build, warmup, build.length);
            cpu = Arrays.copyOfRange(cpu, warmup, cpu.length);
            System.out.printf(
                    Locale.ROOT,
                    "SUMMARY %s %d %.0f %.0f %.0f %.0f %.0f %.0f %.0f %.1f%n",
                    label,
                    edits,
                    percentile(latency, 50),
                    percentile(latency, 95),
                    percentile(latency, 100),
                    percentile(build, 50),
                    percentile(build, 95),
                    percentile(cpu, 50),
                    percentile(cpu, 95),
                    firstBuild);
        }
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
