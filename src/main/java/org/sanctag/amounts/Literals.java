package org.sanctag.amounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words and phrases matched at one position of a text as {@link Chars#matchAt} (or, for a list
 * read backwards, {@link Chars#matchEndingAt}) matches them, in a fixed order where the first that
 * matches wins. Only the literals whose first (or last) char is, ignoring case, the one written
 * there are candidates: a number is read against the few magnitudes, counters or bound words that
 * can stand by it, not against all of them. Immutable.
 */
final class Literals {

    private static final String[] NONE = {};

    /** For an ASCII char, the literals whose first (or last) char lower-cases to it, in order. */
    private final String[][] ascii = new String[128][];

    /** The other chars that start (or end) a literal, sorted, and the literals of each. */
    private final char[] otherChars;

    private final String[][] otherLiterals;

    private Literals(List<String> inOrder, boolean byLast) {
        Map<Character, List<String>> byChar = new HashMap<>();
        for (String literal : inOrder) {
            char c = lower(literal.charAt(byLast ? literal.length() - 1 : 0));
            if (c == ' ' || c == '\'') {
                throw new IllegalArgumentException(
                        "a literal must not start or end with a space or an apostrophe: '" + literal + "'");
            }
            byChar.computeIfAbsent(c, key -> new ArrayList<>()).add(literal);
        }
        Map<Character, String[]> nonAscii = new TreeMap<>();
        byChar.forEach((c, literals) -> {
            String[] array = literals.toArray(String[]::new);
            if (c < 128) {
                ascii[c] = array;
            } else {
                nonAscii.put(c, array);
            }
        });
        otherChars = new char[nonAscii.size()];
        otherLiterals = new String[nonAscii.size()][];
        int i = 0;
        for (Map.Entry<Character, String[]> entry : nonAscii.entrySet()) {
            otherChars[i] = entry.getKey();
            otherLiterals[i++] = entry.getValue();
        }
    }

    /** Literals to be read forwards from a position, tried in this order. */
    static Literals startingAt(List<String> inOrder) {
        return new Literals(inOrder, false);
    }

    /** Literals to be read backwards from a position they end at, tried in this order. */
    static Literals endingAt(List<String> inOrder) {
        return new Literals(inOrder, true);
    }

    /**
     * The literals that may be written from {@code at} (before {@code limit}), in order: those
     * whose first char is the one there; the caller matches each with {@link Chars#matchAt}.
     */
    String[] at(CharSequence text, int at, int limit) {
        return at < 0 || at >= limit ? NONE : candidates(text.charAt(at));
    }

    /**
     * The literals that may be written so that they end at {@code end} (after {@code floor}), in
     * order: those whose last char is the one before it; the caller matches each with {@link
     * Chars#matchEndingAt}.
     */
    String[] endingAt(CharSequence text, int floor, int end) {
        return end <= floor ? NONE : candidates(text.charAt(end - 1));
    }

    private String[] candidates(char written) {
        char c = lower(written);
        if (c < 128) {
            String[] found = ascii[c];
            return found == null ? NONE : found;
        }
        // a binary search of a few dozen chars, no boxing: asked at every number in Han or Hangul text
        int i = Arrays.binarySearch(otherChars, c);
        return i < 0 ? NONE : otherLiterals[i];
    }

    /** As {@link Chars} compares chars: equal when their lower cases are. */
    private static char lower(char c) {
        return Character.toLowerCase(c);
    }
}
