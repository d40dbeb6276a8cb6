package io.programbook.core.output;

import io.programbook.core.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The pages and PDFs of the previous build, kept by the SHA-256 of everything they were made of, so
 * that a build in the same JVM (the live preview's next build) converts only the documents whose
 * input changed: an edit of one statement converts the handbooks it appears in, not the other
 * documents, and not the editions of the customers it does not reach.
 *
 * <p>The key is made by the caller ({@link DocumentPages}) from the document's AsciiDoc, its name,
 * title and links, and every setting of the run that reaches the page (templates, branding,
 * imprint, content policy, PDF options); the memo itself knows nothing about pages. A rendering that
 * reported anything (a warning of Asciidoctor, removed HTML) is not kept: it is made again, so its
 * findings are reported again by the same code as the first time. Values are immutable
 * ({@code String}) or not shared beyond the run's files ({@code byte[]}, never modified).
 *
 * <p>Bounded to one build: {@link #retainUsed()} after a build drops whatever that build did not
 * ask for. Thread-safe, so that editions rendered in parallel share one memo.
 */
public final class PageMemo {

    /** Remembers nothing: every page is rendered. What a {@code generate} run in a fresh JVM uses. */
    public static final PageMemo NONE = new PageMemo(false);

    private final boolean enabled;
    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private PageMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that keeps the pages of the last build in memory. */
    public static PageMemo inMemory() {
        return new PageMemo(true);
    }

    /**
     * The value remembered for this key, or the value {@code render} makes now.
     *
     * @param key         {@link Key#digest()} of everything the value depends on
     * @param diagnostics the run's findings; a rendering that reports any is made against them and
     *                    not remembered
     * @param render      makes the value, reporting to the diagnostics it is given
     */
    @SuppressWarnings("unchecked")
    <T> T remember(String key, Diagnostics diagnostics, Function<Diagnostics, T> render) {
        if (!enabled) {
            return render.apply(diagnostics);
        }
        used.add(key);
        Object known = entries.get(key);
        if (known != null) {
            return (T) known;
        }
        Diagnostics own = new Diagnostics();
        T value;
        try {
            value = render.apply(own);
        } catch (RuntimeException e) {
            // rendered once more against the run's findings, so that they hold everything, as before
            return render.apply(diagnostics);
        }
        if (!own.all().isEmpty()) {
            return render.apply(diagnostics);
        }
        entries.put(key, value);
        return value;
    }

    /** Drops every value the build since the last call did not ask for: the memo holds one build. */
    public void retainUsed() {
        entries.keySet().retainAll(Set.copyOf(used));
        used.clear();
    }

    /** How many values the memo holds. */
    public int size() {
        return entries.size();
    }

    /** A SHA-256 over named parts, each length-prefixed so that no two sequences of parts collide. */
    static final class Key {

        private final MessageDigest digest;

        Key(String kind) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
            add(kind);
        }

        Key add(Object part) {
            byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
            return this;
        }

        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
