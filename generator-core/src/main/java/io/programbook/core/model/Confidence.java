package io.programbook.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well an item's id is corroborated by public sources (our research, not the standard's). */
public enum Confidence {
    @JsonProperty("high")
    HIGH,
    @JsonProperty("medium")
    MEDIUM,
    @JsonProperty("low")
    LOW
}
