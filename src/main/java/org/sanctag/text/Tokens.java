package org.sanctag.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a folded text: maximal runs of letters and digits. Everything else (spaces,
 * hyphens, dashes, apostrophes, line breaks) only separates words, which is why "Rolls-Royce",
 * "Rolls Royce" and "Rolls–Royce" are the same two words, and "Kim’s" is "kim" then "s".
 */
public final class Tokens {

    private final FoldedText text;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;

    private Tokens(FoldedText text, String[] words, int[] starts, int[] ends) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    public static Tokens of(FoldedText text) {
        String folded = text.folded();
        int capacity = Math.max(8, folded.length() / 5);
        String[] words = new String[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int i = 0;
        while (i < folded.length()) {
            int cp = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < folded.length() && Character.isLetterOrDigit(cp = folded.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            words[count] = folded.substring(start, i);
            starts[count] = start;
            ends[count] = i;
            count++;
        }
        return new Tokens(text, Arrays.copyOf(words, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** The folded words of a phrase, as a rule file writes it. */
    public static List<String> wordsOf(String phrase) {
        Tokens tokens = of(TextFolder.fold(phrase));
        return new ArrayList<>(Arrays.asList(tokens.words));
    }

    public int size() {
        return words.length;
    }

    public String word(int index) {
        return words[index];
    }

    /** The original range covered by words {@code [first, end)}. */
    public Span originalSpan(int first, int end) {
        return text.originalSpan(starts[first], ends[end - 1]);
    }

    /** Where word {@code index} starts in the original text. */
    public int originalStart(int index) {
        return text.originalStart(starts[index]);
    }
}
