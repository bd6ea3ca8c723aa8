package org.sanctag;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How strongly a passage is tied to the sanctioned jurisdiction; ordered from none to high. */
public enum Relevance {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a passage of this relevance makes a document worth an analyst's attention. */
    public boolean flags() {
        return compareTo(MEDIUM) >= 0;
    }
}
