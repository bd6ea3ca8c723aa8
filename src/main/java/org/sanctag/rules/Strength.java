package org.sanctag.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a term counts by itself, only after a strong mention of its category anywhere in the
 * article (weak), or only where the nearest strong mention before it, among the categories that list
 * the term as {@code refers_back}, is of its own category ("the S680" after a Maybach, "a red-gold
 * model" after an IWC).
 */
public enum Strength {
    @JsonProperty("strong")
    STRONG,
    @JsonProperty("weak")
    WEAK,
    @JsonProperty("refers_back")
    REFERS_BACK
}
