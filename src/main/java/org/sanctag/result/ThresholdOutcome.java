package org.sanctag.result;

/** How the money a passage states compares with a category's value threshold. */
public enum ThresholdOutcome implements WireNamed {
    /** A stated value is greater than the threshold (converted only at a rate the rule file gives). */
    ABOVE,
    /** Every value that could be compared is at or below it: the lists say "greater than". */
    BELOW,
    /** The passage states no sum of money. */
    NOT_STATED,
    /** The passage states money only in currencies the rule file gives no rate for. */
    OTHER_CURRENCY,
    /** The only values it could compare are bounds that leave it open ("more than $1,000" against 2,000). */
    UNDECIDED
}
