package org.sanctag;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctag.amounts.AmountFinder;
import org.sanctag.text.Tokens;
import org.sanctag.text.Vocabulary;

/**
 * The words that open a number written in words ({@link AmountFinder#numberWordOpenings()}), by
 * their vocabulary ids, so that the words a sentence was read into tell where such a number may
 * start without reading the sentence again: a passage with none of them and no digit is not read
 * for amounts at all, and in the others number words are tried only there.
 */
final class NumberOpenings {

    /** The ids of the words that open a number alone. */
    private final BitSet alone;
    /** By id of a first word, the ids of the second words it opens a number with (a pair of, a dozen). */
    private final Map<Integer, int[]> before;
    /** The keys of {@link #before}, so that the words that open nothing are turned away unboxed. */
    private final BitSet firstOfTwo = new BitSet();

    private NumberOpenings(BitSet alone, Map<Integer, int[]> before) {
        this.alone = alone;
        this.before = before;
        before.keySet().forEach(firstOfTwo::set);
    }

    /** The words every opening is made of, folded as a text's words are, to be added to the vocabulary. */
    static List<String> words() {
        return AmountFinder.numberWordOpenings().stream()
                .flatMap(opening -> Tokens.wordsOf(opening).stream())
                .distinct()
                .toList();
    }

    /** The openings by id in {@code vocabulary}, which holds every word of {@link #words()}. */
    static NumberOpenings of(Vocabulary vocabulary) {
        BitSet alone = new BitSet(vocabulary.size());
        Map<Integer, int[]> before = new HashMap<>();
        for (String opening : AmountFinder.numberWordOpenings()) {
            List<String> words = Tokens.wordsOf(opening);
            int first = vocabulary.idOf(words.get(0));
            if (words.size() == 1) {
                alone.set(first);
            } else {
                int[] seconds = before.getOrDefault(first, new int[0]);
                seconds = Arrays.copyOf(seconds, seconds.length + 1);
                seconds[seconds.length - 1] = vocabulary.idOf(words.get(1));
                before.put(first, seconds);
            }
        }
        return new NumberOpenings(alone, Map.copyOf(before));
    }

    /** Where in the text the words {@code [first, end)} that open a number start, ascending. */
    int[] startsIn(Tokens tokens, int first, int end) {
        int[] starts = null;
        int count = 0;
        for (int word = first; word < end; word++) {
            if (opens(tokens, word, end)) {
                if (starts == null) {
                    starts = new int[end - word];
                }
                starts[count++] = tokens.originalStart(word);
            }
        }
        return starts == null ? NONE : Arrays.copyOf(starts, count);
    }

    private static final int[] NONE = new int[0];

    private boolean opens(Tokens tokens, int word, int end) {
        int id = tokens.id(word);
        if (id == Vocabulary.UNKNOWN) {
            return false;
        }
        if (alone.get(id)) {
            return true;
        }
        if (word + 1 >= end || !firstOfTwo.get(id)) {
            return false;
        }
        int[] seconds = before.get(id);
        int next = tokens.id(word + 1);
        for (int second : seconds) {
            if (second == next) {
                return true;
            }
        }
        return false;
    }
}
