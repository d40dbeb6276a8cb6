package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.require;
import static io.programbook.core.model.MissingFieldException.requireText;

import java.time.LocalDate;

/**
 * A deviation the asset owner accepted: for one requirement item, what the provider does
 * differently, how the difference is compensated, who accepted it for the asset owner, when, and
 * until when.
 *
 * @param item         the requirement item that is met differently
 * @param difference   what differs, plain text
 * @param compensation the compensating measure, plain text
 * @param acceptedBy   who accepted it for the asset owner (name and function)
 * @param acceptedOn   the day it was accepted
 * @param validUntil   the last day the acceptance holds
 */
public record Deviation(
        ItemId item,
        String difference,
        String compensation,
        String acceptedBy,
        LocalDate acceptedOn,
        LocalDate validUntil) {

    public Deviation {
        require(item, "item");
        difference = requireText(difference, "difference").strip();
        compensation = requireText(compensation, "compensation").strip();
        acceptedBy = requireText(acceptedBy, "acceptedBy").strip();
        require(acceptedOn, "acceptedOn");
        require(validUntil, "validUntil");
    }

    /** Whether the acceptance has run out on a day: its last day is before it. */
    public boolean expiredOn(LocalDate day) {
        return validUntil.isBefore(day);
    }
}
