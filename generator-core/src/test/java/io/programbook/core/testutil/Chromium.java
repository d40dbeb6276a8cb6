package io.programbook.core.testutil;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for tests of what a page's scripts do: loads a page, lets its scripts run and
 * returns the resulting DOM ({@code --dump-dom}). Where no Chromium is installed the test is
 * skipped with a message, except in CI ({@code CI=true}), where {@code .ci/run} installs it and its
 * absence fails the test.
 */
public final class Chromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The installed browser; skips the calling test (fails it in CI) when there is none. */
    public static Chromium required() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("Chromium is required in CI (.ci/run installs it): none of " + NAMES + " is on the PATH");
            }
            assumeTrue(
                    false, "Chromium is not installed (none of " + NAMES + " on the PATH): skipping the browser test");
        }
        return new Chromium(found.get());
    }

    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Loads the address (a {@code file:} URL, with a fragment if wanted), runs its scripts and
     * returns the DOM as HTML. No network: the page is local and Chromium's background services
     * are off.
     */
    public String dumpDom(String url) {
        return dumpDom(url, List.of());
    }

    /**
     * As {@link #dumpDom(String)}, with more command-line switches, e.g.
     * {@code --virtual-time-budget=3000} to let timers and refreshes run before the DOM is taken.
     */
    public String dumpDom(String url, List<String> switches) {
        return open(url, switches).dom();
    }

    /** What Chromium made of a page: its DOM after the scripts ran, and what it logged (console messages among it). */
    public record Opened(String dom, String log) {}

    /**
     * As {@link #dumpDom(String, List)}, also returning Chromium's log with the page's console
     * messages, e.g. a script or style sheet the page's Content-Security-Policy refused.
     */
    public Opened open(String url, List<String> switches) {
        Path profile;
        try {
            profile = Files.createTempDirectory("pb-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--user-data-dir=" + profile,
                "--enable-logging=stderr",
                "--v=0"));
        boolean printing = switches.stream().anyMatch(s -> s.startsWith("--print-to-pdf"));
        if (!printing) {
            command.add("--dump-dom");
        }
        command.addAll(switches);
        command.add(url);
        try {
            Path out = Files.createTempFile("pb-chromium", ".html");
            Path err = Files.createTempFile("pb-chromium", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish within 90 s: " + command);
            }
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || (dom.isBlank() && !printing)) {
                fail("Chromium exited with " + process.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            String log = Files.readString(err, StandardCharsets.UTF_8);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return new Opened(dom, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            deleteTree(profile);
        }
    }

    /**
     * Prints the page to a PDF as the browser's print dialog would (print media, the page's own
     * {@code @page} size), without the browser's header and footer.
     */
    public void printToPdf(String url, Path pdf) {
        open(
                url,
                List.of(
                        "--print-to-pdf=" + pdf.toAbsolutePath(),
                        "--no-pdf-header-footer",
                        "--virtual-time-budget=3000"));
        if (!Files.isRegularFile(pdf)) {
            fail("Chromium printed no PDF of " + url);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
