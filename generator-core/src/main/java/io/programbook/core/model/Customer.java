package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * An asset owner the provider works for, as declared in {@code customers/<id>/customer.yaml}: who
 * it is, the profile that tailors the provider's profile for it (its own requirements and the
 * parameter values agreed with it live there), the language and audience of its documents, and the
 * deviations it accepted.
 *
 * @param id         the customer's id: the name of its folder (not written in the file)
 * @param name       the asset owner's name as printed
 * @param contact    who receives the documents, plain text; empty when not given
 * @param profile    a profile file relative to the customer's folder that extends the provider's
 *                   profile; empty: the provider's profile as it is
 * @param language   the documents' language ({@code en} or {@code de}); empty: the run's language
 * @param audience   who reads the documents: {@link Audience#CUSTOMER} unless written
 * @param deviations the deviations the asset owner accepted
 * @param minimumCoverage the least coverage of the customer's edition, in percent (0..100), that the
 *                        check goal accepts; null: no coverage gate for the customer
 */
public record Customer(
        String id,
        String name,
        String contact,
        String profile,
        String language,
        Audience audience,
        List<Deviation> deviations,
        Double minimumCoverage) {

    @JsonCreator
    public Customer {
        id = Lists.text(id);
        name = requireText(name, "name").strip();
        contact = Lists.text(contact);
        profile = Lists.text(profile);
        language = Lists.text(language);
        audience = audience == null ? Audience.CUSTOMER : audience;
        deviations = Lists.copy(deviations);
        if (minimumCoverage != null && (minimumCoverage < 0 || minimumCoverage > 100)) {
            throw new InvalidValueException(
                    "minimumCoverage is a percentage: " + minimumCoverage, "give a number from 0 to 100, e.g. 75");
        }
    }

    /** The same customer with its id (the folder's name). */
    public Customer withId(String folder) {
        return new Customer(folder, name, contact, profile, language, audience, deviations, minimumCoverage);
    }

    /** The coverage gate of the customer's edition, if it has one. */
    @JsonIgnore
    public Optional<Double> coverageGate() {
        return Optional.ofNullable(minimumCoverage);
    }

    /** The deviation accepted for an item, if any. */
    @JsonIgnore
    public Optional<Deviation> deviation(ItemId item) {
        return deviations.stream().filter(d -> d.item().equals(item)).findFirst();
    }

    /** Who a document is written for. */
    public enum Audience {
        /** A reader outside the provider: no source locations, agreed positions instead of gaps. */
        @JsonProperty("customer")
        CUSTOMER,
        /** The provider's own staff: the document as the provider's edition shows it. */
        @JsonProperty("internal")
        INTERNAL
    }
}
