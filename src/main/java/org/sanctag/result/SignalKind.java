package org.sanctag.result;

/** What a context signal says: the sanctioned jurisdiction is named, or goods change hands. */
public enum SignalKind implements WireNamed {
    JURISDICTION,
    TRANSFER;
}
