package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/**
 * A record that shows a statement is true: a file inside the program folder, a URL, or a record kept
 * elsewhere (a paper log in a binder, an entry in a system without an address), described in words.
 *
 * @param file   path relative to the program folder, or empty
 * @param url    an address, or empty
 * @param record where a record that is neither a file nor an address is kept, as plain text with each
 *               run of white space as one space, or empty
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
        String record,
        String title,
        LocalDate date,
        String id,
        String owner,
        LocalDate validUntil,
        String sha256,
        Boolean shareable,
        List<String> customers) {

    /** The error when an entry gives none or more than one of {@code file}, {@code url} and {@code record}. */
    public static final String MESSAGE_ONE_LOCATION =
            "an evidence entry needs exactly one of 'file', 'url' and 'record'";

    /** Its hint. */
    public static final String HINT_ONE_LOCATION = "give the entry either 'file:' (a path in the program folder),"
            + " 'url:' (an address) or 'record:' (where a record kept elsewhere is, e.g. 'Visitor log, binder SEC-3"
            + " in the control room')";

    @JsonCreator
    public Evidence {
        file = Lists.text(file);
        url = Lists.text(url);
        record = Lists.text(record).replaceAll("\\s+", " ");
        id = Lists.text(id);
        owner = Lists.text(owner);
        sha256 = Lists.text(sha256);
        customers = Lists.copy(customers);
        requireText(title, "title");
        if ((file.isEmpty() ? 0 : 1) + (url.isEmpty() ? 0 : 1) + (record.isEmpty() ? 0 : 1) != 1) {
            throw new InvalidValueException(MESSAGE_ONE_LOCATION, HINT_ONE_LOCATION);
        }
        if (!url.isEmpty() && !url.matches("(?i)(https?://|mailto:)\\S+")) {
            throw new InvalidValueException(
                    "an evidence entry's url must be an http, https or mailto address: '" + url + "'",
                    "write the address in full, e.g. 'https://intranet.example/records/2026'");
        }
    }

    /** A file or an address with only its location, title and date. */
    public Evidence(String file, String url, String title, LocalDate date) {
        this(file, url, null, title, date, null, null, null, null, null, List.of());
    }

    /** A file in the program folder. */
    @JsonIgnore
    public boolean fileBased() {
        return !file.isEmpty();
    }

    /** An address ({@code url:}). */
    @JsonIgnore
    public boolean urlBased() {
        return !url.isEmpty();
    }

    /** A record kept elsewhere, described in words ({@code record:}): no file, no address. */
    @JsonIgnore
    public boolean recordBased() {
        return !record.isEmpty();
    }

    /** The file path, the URL or the description of where the record is. */
    @JsonIgnore
    public String location() {
        return fileBased() ? file : urlBased() ? url : record;
    }
}
