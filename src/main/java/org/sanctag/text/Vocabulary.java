package org.sanctag.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The folded words some phrases are made of, each with a small integer id. A text's words are
 * looked up here as they are read, straight from a char buffer, so reading a text allocates
 * nothing per word; a word the phrases never use has no id. Immutable and shared between threads.
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

    private Vocabulary(char[] chars, int[] start, int[] hashes, int[] slots) {
        this.chars = chars;
        this.start = start;
        this.hashes = hashes;
        this.slots = slots;
    }

    public int size() {
        return start.length - 1;
    }

    public int idOf(String word) {
        return idOf(word.toCharArray(), word.length(), word.hashCode());
    }

    /** The id of {@code word[0, length)}, whose {@link String#hashCode()}-style hash is {@code hash}. */
    public int idOf(char[] word, int length, int hash) {
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

        public int add(String word) {
            return ids.computeIfAbsent(word, w -> ids.size());
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
            return new Vocabulary(pool, start, hashes, slots);
        }
    }
}
