package org.sanctag.result;

/** How strongly a passage is tied to the sanctioned jurisdiction; ordered from none to high. */
public enum Relevance implements WireNamed {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    /** Whether a passage of this relevance makes a document worth an analyst's attention. */
    public boolean flags() {
        return compareTo(MEDIUM) >= 0;
    }
}
