package io.programbook.core.api;

/**
 * What the program's text may put into a document beyond safe AsciiDoc. The POM's author decides
 * it; the program's text authors cannot (see docs/security.md). Whatever it allows, every HTML page
 * is sanitized and carries a Content-Security-Policy: no script of the text ever runs.
 *
 * @param allowPassthrough  passthroughs ({@code +++…+++}, {@code pass:[…]}, {@code ++++} blocks,
 *                          {@code [pass]} paragraphs) are a warning instead of an error, for trusted
 *                          programs that format with raw HTML; the HTML is still sanitized
 * @param allowRemoteImages images from http and https addresses are kept instead of refused, so that
 *                          opening a page loads them from the network
 */
public record ContentPolicy(boolean allowPassthrough, boolean allowRemoteImages) {

    /** The default: no passthrough, no remote image. */
    public static final ContentPolicy STRICT = new ContentPolicy(false, false);
}
