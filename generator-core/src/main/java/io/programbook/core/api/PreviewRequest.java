package io.programbook.core.api;

import java.time.Duration;
import java.util.Objects;

/**
 * A live preview: the documents of {@link #generate()} rebuilt whenever an input changes, served
 * over HTTP to a browser that reloads after each build.
 *
 * @param generate    what to build and where (the formats: HTML alone unless asked otherwise); the
 *                    preview serves the files of its output folder and nothing else
 * @param host        the address to listen on: {@value #LOOPBACK} (the default), so that nothing
 *                    outside this machine can read the program; another address only when a user
 *                    configures one
 * @param port        the TCP port; 0 takes a free one (the preview's {@link Preview#address()} names it)
 * @param quietPeriod how long the inputs must stay unchanged before a rebuild starts: an editor that
 *                    saves a file in several writes, or a {@code git checkout} of many files, gives
 *                    one rebuild
 */
public record PreviewRequest(GenerateRequest generate, String host, int port, Duration quietPeriod) {

    /** The loopback address the preview listens on unless configured otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** The default port. */
    public static final int DEFAULT_PORT = 8062;

    /** The default quiet period before a rebuild. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(80);

    public PreviewRequest {
        Objects.requireNonNull(generate, "generate");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the preview's host is blank: use " + LOOPBACK);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    "the preview's port " + port + " is not a TCP port: use 1 to 65535," + " or 0 for a free one");
        }
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("the preview's quiet period is negative");
        }
    }

    /** A preview of this generation on the loopback address, on a free port, with the default quiet period. */
    public static PreviewRequest of(GenerateRequest generate) {
        return new PreviewRequest(generate, LOOPBACK, 0, DEFAULT_QUIET_PERIOD);
    }
}
