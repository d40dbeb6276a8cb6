package io.programbook.core.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.programbook.core.diag.Diagnostic;
import io.programbook.core.text.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live preview's HTTP server ({@code com.sun.net.httpserver}): serves the files of the last good
 * build of the output folder, and nothing else (no folder listing, no path outside it, no file that
 * is not an output), and the build events a served page listens to.
 *
 * <p>Files are served from memory, as the build left them: a build in progress never shows half
 * written, and the pages of the last good build stay while the input has errors (the folder on disk
 * then holds no stale documents, as after any failed run). Pages get the reload script and, after a
 * failed build, the panel of findings ({@link PreviewPages}); the bytes on disk never do.
 *
 * <p>On a loopback address (the default), a request whose {@code Host} is not the server's own
 * address is refused, so that a web page elsewhere cannot read the program through a DNS name that
 * resolves to this machine (DNS rebinding).
 */
final class PreviewServer implements AutoCloseable {

    /** What the server shows: the files of the last good build, and the findings of a failed one. */
    record Shown(
            int build,
            Map<String, byte[]> files,
            List<Diagnostic> problems,
            Optional<String> unexpected,
            Messages messages) {

        Shown {
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
        }

        boolean failed() {
            return !problems.isEmpty() || unexpected.isPresent();
        }
    }

    /** At most this many pages listen for build events at once (each holds a thread). */
    static final int MAX_LISTENERS = 32;

    private static final String HANDBOOK = "handbook.html";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("adoc", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"));

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<BlockingQueue<Integer>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    /** The {@code Host} headers a server on a loopback address answers to. */
    private final Set<String> hosts;

    private final boolean loopback;
    private volatile Shown shown;

    private PreviewServer(HttpServer server, ExecutorService threads, Shown initial) {
        this.server = server;
        this.threads = threads;
        this.shown = initial;
        int port = server.getAddress().getPort();
        String host = server.getAddress().getHostString();
        this.loopback = server.getAddress().getAddress().isLoopbackAddress();
        this.hosts = Set.copyOf(List.of(
                host.toLowerCase(Locale.ROOT) + ":" + port, "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port));
    }

    /**
     * Binds the address and starts serving.
     *
     * @throws IllegalArgumentException when the address cannot be bound, with what to do
     */
    static PreviewServer start(String host, int port, Shown initial) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 0);
        } catch (BindException e) {
            throw new IllegalArgumentException(
                    "the preview cannot listen on " + host + ":" + port + " (" + e.getMessage() + "): the port is"
                            + " taken or the address is not this machine's; choose another port with"
                            + " -Dprogrambook.port, or 0 for a free one",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("the preview cannot listen on " + host + ":" + port, e);
        }
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor threads =
                new ThreadPoolExecutor(2, MAX_LISTENERS + 8, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "programbook-preview-http-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        threads.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(threads);
        PreviewServer preview = new PreviewServer(server, threads, initial);
        server.createContext("/", preview::handle);
        server.start();
        return preview;
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8062/}. */
    URI root() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** How many times a page connected to the build events since the server started. */
    int connections() {
        return connections.get();
    }

    /** Shows another build and tells every listening page. */
    void show(Shown next) {
        shown = next;
        for (BlockingQueue<Integer> listener : listeners) {
            listener.offer(next.build());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!method.equals("GET") && !head) {
                headers.set("Allow", "GET, HEAD");
                text(exchange, 405, "method not allowed", false);
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (loopback && (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT)))) {
                text(exchange, 403, "this preview answers only to its own address " + root(), head);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(PreviewPages.EVENTS)) {
                events(exchange);
                return;
            }
            Shown now = shown;
            if (path.equals("/")) {
                headers.set("Location", "/" + HANDBOOK);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            Optional<String> name = fileName(path);
            boolean html = name.map(n -> n.endsWith(".html")).orElse(false);
            if (html && now.files().isEmpty() && now.failed()) {
                byte[] page = PreviewPages.problemsPage(now.problems(), now.unexpected(), now.messages(), now.build())
                        .getBytes(StandardCharsets.UTF_8);
                send(exchange, 503, "text/html; charset=utf-8", page, head);
                return;
            }
            byte[] file = name.map(now.files()::get).orElse(null);
            if (file == null) {
                text(
                        exchange,
                        404,
                        "not found: the preview serves the documents of " + "its output folder, e.g. /" + HANDBOOK,
                        head);
                return;
            }
            String type = TYPES.getOrDefault(extension(name.get()), "application/octet-stream");
            if (html) {
                String page = PreviewPages.inject(
                        new String(file, StandardCharsets.UTF_8),
                        now.build(),
                        now.failed()
                                ? Optional.of(
                                        PreviewPages.panel(now.problems(), now.unexpected(), now.messages(), true))
                                : Optional.empty());
                send(exchange, 200, type, page.getBytes(StandardCharsets.UTF_8), head);
            } else {
                headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
                send(exchange, 200, type, file, head);
            }
        } catch (IOException e) {
            // the browser went away; nothing to answer
        }
    }

    /**
     * The output file a request path names: a relative path of plain segments, decoded. Anything
     * that could leave the folder ({@code ..}, {@code .}, empty segments, back-slashes, encoded
     * slashes, control characters) names none.
     */
    static Optional<String> fileName(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() == 1) {
            return Optional.empty();
        }
        String raw = rawPath.substring(1);
        if (raw.contains("%2f") || raw.contains("%2F") || raw.contains("%5c") || raw.contains("%5C")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                return Optional.empty();
            }
        }
        return Optional.of(decoded);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Server-sent events: the current build at once, then every new one, until the page goes away. */
    private void events(HttpExchange exchange) throws IOException {
        if (listeners.size() >= MAX_LISTENERS) {
            text(exchange, 503, "too many pages are listening to this preview", false);
            return;
        }
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        connections.incrementAndGet();
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(("retry: 500\n\nevent: build\ndata: " + shown.build() + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!threads.isShutdown()) {
                Integer build = queue.poll(15, TimeUnit.SECONDS);
                if (build == null) {
                    out.write(": still here\n\n".getBytes(StandardCharsets.UTF_8)); // finds pages gone away
                } else if (build < 0) {
                    return;
                } else {
                    out.write(("event: build\ndata: " + build + "\n\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            listeners.remove(queue);
        }
    }

    private static void text(HttpExchange exchange, int status, String message, boolean head) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Ends every event stream and stops serving. */
    @Override
    public void close() {
        for (BlockingQueue<Integer> listener : listeners) {
            listener.offer(-1);
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
