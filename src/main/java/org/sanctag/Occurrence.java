package org.sanctag;

/** One phrase found in a document: words {@code [first, end)} of sentence {@code sentence}. */
record Occurrence(int phraseId, int sentence, int first, int end) {

    int length() {
        return end - first;
    }

    /** Whether {@code inner}'s words all lie within this occurrence's. */
    boolean encloses(Occurrence inner) {
        return first <= inner.first && inner.end <= end;
    }

    boolean sameSpan(Occurrence other) {
        return first == other.first && end == other.end;
    }

    /** Words from one occurrence to the other: 1 for neighbours, 0 when they overlap. */
    int distanceTo(Occurrence other) {
        if (other.end <= first) {
            return first - other.end + 1;
        }
        if (other.first >= end) {
            return other.first - end + 1;
        }
        return 0;
    }
}
