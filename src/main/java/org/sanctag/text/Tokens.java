package org.sanctag.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text as a matcher sees them: for each word its id in the matcher's
 * {@link Vocabulary} (or {@link Vocabulary#UNKNOWN}) and its range in the original text.
 */
public final class Tokens {

    private final int[] ids;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Tokens(int[] ids, int[] starts, int[] ends, int size) {
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    public static Tokens of(String text, Vocabulary vocabulary) {
        return of(text.toCharArray(), vocabulary);
    }

    public static Tokens of(char[] text, Vocabulary vocabulary) {
        Collector words = new Collector(text, vocabulary, Math.max(16, text.length / 5));
        WordScanner.scan(text, words);
        return new Tokens(words.ids, words.starts, words.ends, words.size);
    }

    /** The folded words of a phrase, as a rule file writes it. */
    public static List<String> wordsOf(String phrase) {
        List<String> words = new ArrayList<>();
        WordScanner.scan(phrase, (folded, length, hash, start, end) -> words.add(new String(folded, 0, length)));
        return words;
    }

    public int size() {
        return size;
    }

    /** The vocabulary id of word {@code index}, or {@link Vocabulary#UNKNOWN}. */
    public int id(int index) {
        return ids[index];
    }

    /** The original range covered by words {@code [first, end)}. */
    public Span originalSpan(int first, int end) {
        return new Span(starts[first], ends[end - 1]);
    }

    /** Where word {@code index} ends in the original text. */
    public int originalEnd(int index) {
        return ends[index];
    }

    /** Where word {@code index} starts in the original text. */
    public int originalStart(int index) {
        return starts[index];
    }

    /**
     * Looks each word up as it is read; an unknown word is tried again as a Korean noun with a
     * particle (then the word covers the noun only) and as a compound with a known head.
     */
    private static final class Collector implements WordScanner.WordSink {
        private final char[] text;
        private final Vocabulary vocabulary;
        private final int[] stemLength = new int[1];
        private int[] ids;
        private int[] starts;
        private int[] ends;
        private int size;

        Collector(char[] text, Vocabulary vocabulary, int capacity) {
            this.text = text;
            this.vocabulary = vocabulary;
            this.ids = new int[capacity];
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }

        @Override
        public void word(char[] folded, int length, int hash, int originalStart, int originalEnd) {
            if (size == ids.length) {
                grow(originalStart);
            }
            int id = vocabulary.idOf(folded, length, hash);
            int end = originalEnd;
            if (id == Vocabulary.UNKNOWN) {
                if (Scripts.isHangul(folded[0])) {
                    id = KoreanParticles.stemId(vocabulary, folded, length, stemLength);
                    if (id != Vocabulary.UNKNOWN) {
                        end = originalEndOf(originalStart, stemLength[0]);
                    }
                } else {
                    id = vocabulary.headOf(folded, length);
                }
            }
            ids[size] = id;
            starts[size] = originalStart;
            ends[size] = end;
            size++;
        }

        /**
         * Room for the words still to come, at the rate of words per char read so far: a text in
         * a script without spaces has a word per letter, five times what English has, and is then
         * grown about once instead of doubled three times.
         */
        private void grow(int read) {
            long expected = (long) size * text.length / Math.max(1, read) + size / 8;
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(size + size / 2, expected));
            ids = Arrays.copyOf(ids, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }

        /** Where the first {@code foldedLength} folded chars of the word at {@code originalStart} end. */
        private int originalEndOf(int originalStart, int foldedLength) {
            int i = originalStart;
            for (int folded = 0; folded < foldedLength; ) {
                int cp = Character.codePointAt(text, i);
                folded += TextFolder.foldCodePoint(cp).length();
                i += Character.charCount(cp);
            }
            return i;
        }
    }
}
