package org.sanctag.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The folded words some phrases are made of, each with a small integer id. A text's words are
 * looked up here as they are read, straight from a char buffer, so reading a text allocates
 * nothing per word; a word the phrases never use has no id. Immutable and shared between threads.
 *
 * <p>Some words are also compound heads: an unknown word that ends with one, after at least
 * {@link #MIN_MODIFIER} other letters, gets the head's id ("luxuslimousine" is "limousine"). A
 * bitset of the heads' last four letters turns nearly every other word away with one lookup.
 */
public final class Vocabulary {

    /** The id of a word that is not in the vocabulary. */
    public static final int UNKNOWN = -1;

    /** All words end to end; word {@code id} is {@code chars[start[id], start[id + 1])}. */
    private final char[] chars;

    private final int[] start;
    private final int[] hashes;
    /** Open addressing: {@code id + 1} in the slot of the word's hash, 0 for an empty slot. */
    private final int[] slots;

    /** The letters a compound needs in front of its head: "Luxusauto" counts, "Fauto" would not. */
    public static final int MIN_MODIFIER = 3;

    /**
     * The id of every word of one char, by the char ({@link #UNKNOWN} for the others): each Han and
     * Kana letter of a Chinese or Japanese text is such a word, and one array read is cheaper than a
     * probe of the hash table, whose slots the letters of the Han block crowd into one run.
     */
    private final int[] oneCharIds;

    /** The ids of the compound heads, longest first. */
    private final int[] heads;
    /** Bit {@link #gateIndex} of each head's last four chars. */
    private final long[] gate;

    private final int shortestHead;

    private Vocabulary(char[] chars, int[] start, int[] hashes, int[] slots, int[] heads) {
        this.chars = chars;
        this.start = start;
        this.hashes = hashes;
        this.slots = slots;
        this.heads = heads;
        this.oneCharIds = new int[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(oneCharIds, UNKNOWN);
        for (int id = 0; id < start.length - 1; id++) {
            if (start[id + 1] - start[id] == 1) {
                oneCharIds[chars[start[id]]] = id;
            }
        }
        this.gate = new long[GATE_BITS / 64];
        int shortest = Integer.MAX_VALUE;
        for (int id : heads) {
            int length = start[id + 1] - start[id];
            int index = gateIndex(chars, start[id + 1]);
            gate[index >>> 6] |= 1L << index;
            shortest = Math.min(shortest, length);
        }
        this.shortestHead = shortest;
    }

    private static final int GATE_BITS = 1 << 16;

    /** A hash of the four chars before {@code end}: three let too many English words through ("-ter"). */
    private static int gateIndex(char[] word, int end) {
        return (((word[end - 1] * 31 + word[end - 2]) * 31 + word[end - 3]) * 31 + word[end - 4]) & (GATE_BITS - 1);
    }

    /**
     * The id of the compound head {@code word[0, length)} ends with, after at least {@link
     * #MIN_MODIFIER} chars, or {@link #UNKNOWN}; the longest head wins.
     */
    public int headOf(char[] word, int length) {
        if (length - MIN_MODIFIER < shortestHead) {
            return UNKNOWN;
        }
        int index = gateIndex(word, length);
        if ((gate[index >>> 6] & (1L << index)) == 0) {
            return UNKNOWN;
        }
        for (int id : heads) {
            int headLength = start[id + 1] - start[id];
            if (length - headLength >= MIN_MODIFIER && sameChars(start[id], word, length - headLength, headLength)) {
                return id;
            }
        }
        return UNKNOWN;
    }

    private boolean sameChars(int from, char[] word, int offset, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[from + i] != word[offset + i]) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return start.length - 1;
    }

    public int idOf(String word) {
        return idOf(word.toCharArray(), word.length(), word.hashCode());
    }

    /** The id of {@code word[0, length)}, whose {@link String#hashCode()}-style hash is {@code hash}. */
    public int idOf(char[] word, int length, int hash) {
        if (length == 1) {
            return oneCharIds[word[0]];
        }
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id == UNKNOWN) {
                return UNKNOWN;
            }
            if (hashes[id] == hash && start[id + 1] - start[id] == length && sameChars(start[id], word, length)) {
                return id;
            }
        }
    }

    /** A plain loop: words are short, and a library call costs more than comparing them. */
    private boolean sameChars(int from, char[] word, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[from + i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    /** The power of two an open-addressing table of {@code entries} needs to stay at most three quarters full. */
    public static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(2, entries + entries / 3 + 1) - 1) << 1;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Collects words; the same word always gets the same id. */
    public static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final Set<String> heads = new LinkedHashSet<>();

        public int add(String word) {
            return ids.computeIfAbsent(word, w -> ids.size());
        }

        /** Adds a word that also stands for the compounds it ends (of four letters or more). */
        public int addCompoundHead(String word) {
            if (word.length() < 4) {
                throw new IllegalArgumentException("a compound head needs four letters or more: " + word);
            }
            heads.add(word);
            return add(word);
        }

        public Vocabulary build() {
            int[] start = new int[ids.size() + 1];
            int[] hashes = new int[ids.size()];
            String[] byId = new String[ids.size()];
            ids.forEach((word, id) -> byId[id] = word);
            for (int id = 0; id < byId.length; id++) {
                start[id + 1] = start[id] + byId[id].length();
                hashes[id] = byId[id].hashCode();
            }
            // Half full at most: most words of a text are not in the vocabulary, and a miss ends at the
            // first empty slot.
            int[] slots = new int[tableSize(2 * byId.length)];
            int mask = slots.length - 1;
            for (int id = 0; id < byId.length; id++) {
                int slot = spread(byId[id].hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = id + 1;
            }
            char[] pool = new char[start[byId.length]];
            for (int id = 0; id < byId.length; id++) {
                byId[id].getChars(0, byId[id].length(), pool, start[id]);
            }
            int[] headIds = heads.stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .mapToInt(ids::get)
                    .toArray();
            return new Vocabulary(pool, start, hashes, slots, headIds);
        }
    }
}
