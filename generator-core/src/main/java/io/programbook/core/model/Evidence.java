package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * A record that shows a statement is true: a file inside the program folder or a URL.
 *
 * @param file path relative to the program folder, or empty
 * @param url  an address, or empty
 * @param date when the record was made; drives the evidence-age gap
 */
public record Evidence(String file, String url, String title, LocalDate date) {

    public Evidence {
        file = Lists.text(file);
        url = Lists.text(url);
        requireText(title, "title");
        if (file.isEmpty() == url.isEmpty()) {
            throw new InvalidValueException(
                    "an evidence entry needs exactly one of 'file' and 'url'",
                    "give the entry either 'file:' (a path in the program folder) or 'url:'");
        }
        if (!url.isEmpty() && !url.matches("(?i)(https?://|mailto:)\\S+")) {
            throw new InvalidValueException(
                    "an evidence entry's url must be an http, https or mailto address: '" + url + "'",
                    "write the address in full, e.g. 'https://intranet.example/records/2026'");
        }
    }

    @JsonIgnore
    public boolean fileBased() {
        return !file.isEmpty();
    }

    /** The file path or the URL. */
    @JsonIgnore
    public String location() {
        return fileBased() ? file : url;
    }
}
