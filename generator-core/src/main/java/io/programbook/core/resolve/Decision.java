package io.programbook.core.resolve;

import io.programbook.core.diag.SourcePosition;

/**
 * Why an item is in or out of scope, or has its target maturity: which profile and rule decided,
 * and where that rule is written.
 *
 * @param rule e.g. {@code exclude SP.04}, {@code maturity SP.09.* ML3}, {@code defaultMaturity ML2}
 */
public record Decision(String profile, String rule, SourcePosition at) {}
