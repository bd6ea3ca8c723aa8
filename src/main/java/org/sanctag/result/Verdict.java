package org.sanctag.result;

/** What became of one candidate term match, in the order the decision is made. */
public enum Verdict implements WireNamed {
    /** An exclusion phrase of the category overlaps the term ("Pearl Harbor" over "pearl"). */
    EXCLUDED,
    /** The rule has an {@code after} list and the word before the term is none of them. */
    NOT_AFTER,
    /** The rule has a {@code before} list and the words after the term start none of them. */
    NOT_FOLLOWED,
    /** A word of the rule's {@code not_near} list is within its window. */
    NOT_NEAR,
    /** The rule has a {@code near} list and none of its words is within the window. */
    NO_NEAR_CONTEXT,
    /** A weak term in a document without a strong match of the same category. */
    WEAK_WITHOUT_STRONG,
    /** A longer accepted match covers some of the same words. */
    OVERLAPPED,
    ACCEPTED;
}
