package io.programbook.core.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A browser's part in a live preview, for tests: the build events, and pages fetched as a browser fetches them. */
final class PreviewClient implements AutoCloseable {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final BlockingQueue<Integer> builds = new LinkedBlockingQueue<>();
    private final URI root;
    private CompletableFuture<HttpResponse<Stream<String>>> events;

    PreviewClient(URI root) {
        this.root = root;
    }

    /** Connects to the build events; each {@code build} event's number is queued. */
    PreviewClient listen() {
        events = http.sendAsync(
                        HttpRequest.newBuilder(root.resolve(PreviewPages.EVENTS))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    Thread reader = new Thread(
                            () -> {
                                String event = "";
                                for (var it = response.body().iterator(); it.hasNext(); ) {
                                    String line = it.next();
                                    if (line.startsWith("event: ")) {
                                        event = line.substring(7);
                                    } else if (line.startsWith("data: ") && event.equals("build")) {
                                        builds.add(Integer.parseInt(line.substring(6)));
                                    }
                                }
                            },
                            "preview-client-events");
                    reader.setDaemon(true);
                    reader.start();
                    return response;
                });
        return this;
    }

    /** The next build event, waiting at most the timeout; fails the test when none comes. */
    int nextBuild(Duration timeout) throws InterruptedException {
        Integer build = builds.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (build == null) {
            throw new AssertionError("no build event within " + timeout);
        }
        return build;
    }

    /** A build event with a number above {@code after}. */
    int buildAfter(int after, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            int build = nextBuild(Duration.ofNanos(Math.max(1, end - System.nanoTime())));
            if (build > after) {
                return build;
            }
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(root.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (events != null) {
            events.thenAccept(r -> r.body().close());
            events.cancel(true);
        }
    }
}
