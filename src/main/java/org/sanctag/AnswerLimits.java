package org.sanctag;

/**
 * How much one answer may hold, so that a huge, dense document cannot produce an answer larger
 * than the memory it deserves: at most {@code maxMatches} goods matches over all passages, and at
 * most {@code maxCandidates} explanation entries. An answer cut short says so ({@code truncated}).
 */
public record AnswerLimits(int maxMatches, int maxCandidates) {

    /** Far above any real article (a long one has a few dozen matches), far below what hurts. */
    public static final AnswerLimits DEFAULT = new AnswerLimits(10_000, 10_000);

    public AnswerLimits {
        if (maxMatches < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("answer limits must be at least 1");
        }
    }
}
