package org.sanctag;

import org.sanctag.result.Verdict;

/**
 * The verdict on one candidate match, with the occurrence that caused it: the exclusion, the
 * {@code not_near} or {@code near} word, or the longer match; null when nothing else was involved.
 */
record Decision(GoodsHit hit, Verdict verdict, Occurrence cause) {

    boolean accepted() {
        return verdict == Verdict.ACCEPTED;
    }
}
