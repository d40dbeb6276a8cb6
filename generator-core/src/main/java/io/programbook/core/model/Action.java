package io.programbook.core.model;

import static io.programbook.core.model.MissingFieldException.requireText;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * Work that closes a gap or a finding: who does it, by when, how urgent, and where it is tracked.
 * Statements carry one for a gap of their item (the action plan); an assessment's finding carries
 * one as its corrective action.
 *
 * @param owner    a role id of the program
 * @param due      the date it is due; null when not yet agreed
 * @param priority how urgent; null when not set
 * @param ticket   a reference into the organisation's tracker, e.g. {@code SEC-142}; empty when none
 * @param state    open or done; open when not written
 */
public record Action(String owner, LocalDate due, Priority priority, String ticket, State state) {

    public Action {
        owner = requireText(owner, "owner").strip();
        ticket = Lists.text(ticket);
        state = state == null ? State.OPEN : state;
    }

    /** How urgent an action is. */
    public enum Priority {
        @JsonProperty("high")
        HIGH,
        @JsonProperty("medium")
        MEDIUM,
        @JsonProperty("low")
        LOW
    }

    /** Whether an action is still to do. */
    public enum State {
        @JsonProperty("open")
        OPEN,
        @JsonProperty("done")
        DONE
    }
}
