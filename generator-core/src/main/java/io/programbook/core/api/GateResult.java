package io.programbook.core.api;

import java.util.List;

/**
 * The outcome of one gate.
 *
 * @param gate    what was checked, e.g. {@code coverage of SP.11 Patch management}
 * @param passed  whether the program meets it
 * @param message what was found, e.g. {@code 76.9 % is below the minimum of 90.0 %}
 * @param items   what is behind a failure: one line per item or procedure, e.g.
 *                {@code SP.11.01 BR: Evidence file 'x.pdf' does not exist.}; empty when passed
 */
public record GateResult(String gate, boolean passed, String message, List<String> items) {

    public GateResult {
        items = List.copyOf(items);
    }

    public static GateResult pass(String gate, String message) {
        return new GateResult(gate, true, message, List.of());
    }

    public static GateResult fail(String gate, String message, List<String> items) {
        return new GateResult(gate, false, message, items);
    }
}
