package org.sanctag.amounts;

/**
 * How a sum relates to the value it states: exactly it ("$1,500"), or a bound ("more than $500",
 * "1억 원 이상", "up to $3,000"). A threshold can only be met or missed by what a bound rules out.
 */
public enum Bound {
    /** The value itself. */
    EXACT,
    /** Greater than the value: "more than", "over", "in excess of", "초과", "超过". */
    MORE_THAN,
    /** The value or more: "at least", "이상", "以上". */
    AT_LEAST,
    /** Less than the value: "less than", "under", "미만", "未満". */
    LESS_THAN,
    /** The value or less: "up to", "at most", "이하", "以下". */
    AT_MOST
}
