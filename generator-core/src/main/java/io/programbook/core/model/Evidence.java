package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A record that shows a statement is true: a file inside the program folder or a URL.
 *
 * @param file path relative to the program folder, or empty
 * @param url  an address, or empty
 * @param date when the record was made; drives the evidence-age gap
 * @param id         a stable id of the record, e.g. {@code EV-remote-access-log}; empty when not declared
 * @param owner      a role id of the program who keeps the record; empty when not declared
 * @param validUntil the last day the record counts; null when only the age limit applies
 * @param sha256     the file's SHA-256 (64 lower-case hex digits) as reviewed; empty when not recorded
 * @param shareable  whether the record may leave the organisation; null when not declared
 * @param customers  ids of the customers the record is about; empty: common to all
 */
public record Evidence(
        String file,
        String url,
        String title,
        LocalDate date,
        String id,
        String owner,
        LocalDate validUntil,
        String sha256,
        Boolean shareable,
        List<String> customers) {

    @JsonCreator
    public Evidence {
        file = Lists.text(file);
        url = Lists.text(url);
        id = Lists.text(id);
        owner = Lists.text(owner);
        sha256 = Lists.text(sha256);
        customers = Lists.copy(customers);
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

    /** A record with only its location, title and date. */
    public Evidence(String file, String url, String title, LocalDate date) {
        this(file, url, title, date, null, null, null, null, null, List.of());
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
