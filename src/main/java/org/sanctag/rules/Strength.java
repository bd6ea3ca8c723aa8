package org.sanctag.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a term counts by itself or only after a strong mention of its category. */
public enum Strength {
    @JsonProperty("strong")
    STRONG,
    @JsonProperty("weak")
    WEAK
}
