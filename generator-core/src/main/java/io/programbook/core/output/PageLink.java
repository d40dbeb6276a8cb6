package io.programbook.core.output;

import java.util.Objects;

/**
 * A link of the bar every HTML page of a run shows: to another document of the run, or to a data
 * file of this one (the matrix's CSV, XLSX and JSON).
 *
 * @param href    the sibling file
 * @param label   its name, in the documents' language
 * @param current whether it is the page itself
 * @param data    whether it is a data file rather than a document
 */
public record PageLink(String href, String label, boolean current, boolean data) {

    public PageLink {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(label, "label");
    }
}
