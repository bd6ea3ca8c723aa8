package org.sanctag.text;

import java.util.Arrays;

/**
 * The folded form of a text, with a map from every folded char back to the original code point
 * it came from, so a range found in the folded text can be reported in the original.
 */
public final class FoldedText {

    private final String folded;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    private FoldedText(String folded, int[] sourceStart, int[] sourceEnd) {
        this.folded = folded;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    public String folded() {
        return folded;
    }

    /** Where the original code point behind folded char {@code index} starts. */
    public int originalStart(int index) {
        return sourceStart[index];
    }

    /** The original range behind the folded range {@code [start, end)}, which must not be empty. */
    public Span originalSpan(int start, int end) {
        return new Span(sourceStart[start], sourceEnd[end - 1]);
    }

    static final class Builder {
        private final StringBuilder folded;
        private int[] sourceStart;
        private int[] sourceEnd;

        Builder(String original) {
            this.folded = new StringBuilder(original.length());
            this.sourceStart = new int[original.length()];
            this.sourceEnd = new int[original.length()];
        }

        void append(char c, int start, int end) {
            ensureRoom(1);
            record(folded.length(), start, end);
            folded.append(c);
        }

        void append(String fold, int start, int end) {
            ensureRoom(fold.length());
            for (int i = 0; i < fold.length(); i++) {
                record(folded.length(), start, end);
                folded.append(fold.charAt(i));
            }
        }

        private void record(int index, int start, int end) {
            sourceStart[index] = start;
            sourceEnd[index] = end;
        }

        private void ensureRoom(int more) {
            int needed = folded.length() + more;
            if (needed > sourceStart.length) {
                int capacity = Math.max(needed, sourceStart.length * 2);
                sourceStart = Arrays.copyOf(sourceStart, capacity);
                sourceEnd = Arrays.copyOf(sourceEnd, capacity);
            }
        }

        FoldedText build() {
            return new FoldedText(folded.toString(), sourceStart, sourceEnd);
        }
    }
}
