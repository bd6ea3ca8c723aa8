package org.sanctag;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a context signal says: the sanctioned jurisdiction is named, or goods change hands. */
public enum SignalKind {
    JURISDICTION,
    TRANSFER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
