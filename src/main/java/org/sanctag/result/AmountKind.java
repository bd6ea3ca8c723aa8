package org.sanctag.result;

/** What a stated amount measures: a sum of money or a count of goods. */
public enum AmountKind implements WireNamed {
    MONEY,
    COUNT
}
