package io.programbook.core.resolve;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * AsciiDoc attribute names that Programbook knows without a profile declaring them: those a
 * statement or procedure may reference, and those a profile parameter must not be named after,
 * because the handbook's header or Asciidoctor itself gives them a meaning.
 */
public final class AsciidocAttributes {

    /** Asciidoctor's character replacement attributes, e.g. {@code {nbsp}}. */
    public static final Set<String> CHARACTER_REPLACEMENTS = Set.of(
            "blank",
            "empty",
            "sp",
            "nbsp",
            "zwsp",
            "wj",
            "apos",
            "quot",
            "lsquo",
            "rsquo",
            "ldquo",
            "rdquo",
            "deg",
            "plus",
            "brvbar",
            "vbar",
            "amp",
            "lt",
            "gt",
            "startsb",
            "endsb",
            "caret",
            "asterisk",
            "tilde",
            "backslash",
            "backtick",
            "two-colons",
            "two-semicolons",
            "cpp",
            "cxx",
            "pp");

    /** Attributes every generated document defines in its header. */
    public static final Set<String> DOCUMENT = Set.of("doctitle", "revnumber", "revdate", "pb-catalog", "pb-profile");

    /** Attributes that change how Asciidoctor converts a document, or that it sets itself. */
    private static final Set<String> CONTROLLING = Set.of(
            "allow-uri-read",
            "appendix-caption",
            "asciidoctor",
            "asciidoctor-version",
            "attribute-missing",
            "attribute-undefined",
            "author",
            "authorinitials",
            "authors",
            "backend",
            "basebackend",
            "caution-caption",
            "chapter-signifier",
            "compat-mode",
            "copycss",
            "data-uri",
            "description",
            "docdate",
            "docdatetime",
            "docdir",
            "docfile",
            "docfilesuffix",
            "docname",
            "doctime",
            "doctype",
            "docyear",
            "email",
            "embedded",
            "example-caption",
            "experimental",
            "favicon",
            "figure-caption",
            "filetype",
            "firstname",
            "hardbreaks",
            "hardbreaks-option",
            "icons",
            "iconsdir",
            "idprefix",
            "idseparator",
            "imagesdir",
            "important-caption",
            "keywords",
            "lang",
            "last-update-label",
            "lastname",
            "leveloffset",
            "linkcss",
            "listing-caption",
            "localdate",
            "localdatetime",
            "localtime",
            "localyear",
            "manname",
            "mantitle",
            "manvolnum",
            "max-attribute-value-size",
            "max-include-depth",
            "media",
            "middlename",
            "nofooter",
            "noheader",
            "note-caption",
            "notitle",
            "outfilesuffix",
            "part-signifier",
            "reproducible",
            "revremark",
            "safe-mode-level",
            "safe-mode-name",
            "sectanchors",
            "sectlinks",
            "sectnumlevels",
            "sectnums",
            "showtitle",
            "skip-front-matter",
            "source-highlighter",
            "stem",
            "stylesdir",
            "stylesheet",
            "table-caption",
            "table-stripes",
            "tip-caption",
            "title",
            "toc",
            "toc-placement",
            "toc-title",
            "toclevels",
            "untitled-label",
            "user-home",
            "version-label",
            "warning-caption",
            "webfonts",
            "xrefstyle");

    private AsciidocAttributes() {}

    private static final Set<String> REFERABLE = referableNames();

    /** What a statement or procedure may reference besides the profile's parameters, sorted. */
    public static Set<String> referable() {
        return REFERABLE;
    }

    private static Set<String> referableNames() {
        Set<String> all = new TreeSet<>(CHARACTER_REPLACEMENTS);
        all.addAll(DOCUMENT);
        return Collections.unmodifiableSet(all);
    }

    /** True when a parameter of this name would change or be changed by the document itself. */
    public static boolean reserved(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return CHARACTER_REPLACEMENTS.contains(n)
                || DOCUMENT.contains(n)
                || CONTROLLING.contains(n)
                || n.startsWith("pb-");
    }
}
