package org.sanctag.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctag.text.Tokens;
import org.sanctag.text.Vocabulary;

/**
 * Finds every occurrence of a set of phrases in a run of words. A phrase is a list of folded words
 * with an integer id; overlapping and nested occurrences are all reported. Immutable once built and
 * safe to share between threads.
 *
 * <p>The phrases form a trie over word ids, kept in flat arrays: the first word indexes an array,
 * later words a hash table of (node, word) pairs. A word that no phrase uses has no id and ends a
 * walk at once, so the cost of a text is about one vocabulary lookup per word, whatever the number
 * of phrases.
 */
public final class PhraseMatcher {

    /** Receives one occurrence: phrase {@code phraseId} covers words {@code [first, end)}. */
    @FunctionalInterface
    public interface OccurrenceSink {
        void occurrence(int phraseId, int first, int end);
    }

    private static final int NONE = 0;

    private final Vocabulary vocabulary;
    /** The node reached from the root by each word id, or {@link #NONE}. */
    private final int[] firstWord;
    /** Open addressing over (node, word) pairs: keys, and the child node for each key. */
    private final long[] edgeKeys;

    private final int[] edgeChildren;
    /** Node {@code n} ends phrases {@code phraseIds[phrasesStart[n], phrasesStart[n + 1])}. */
    private final int[] phrasesStart;

    private final int[] phraseIds;

    private PhraseMatcher(
            Vocabulary vocabulary,
            int[] firstWord,
            long[] edgeKeys,
            int[] edgeChildren,
            int[] phrasesStart,
            int[] phraseIds) {
        this.vocabulary = vocabulary;
        this.firstWord = firstWord;
        this.edgeKeys = edgeKeys;
        this.edgeChildren = edgeChildren;
        this.phrasesStart = phrasesStart;
        this.phraseIds = phraseIds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The words of all phrases: read a text against it with {@link Tokens#of}. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Reports every occurrence that starts and ends inside words {@code [from, to)}. */
    public void scan(Tokens tokens, int from, int to, OccurrenceSink sink) {
        for (int first = from; first < to; first++) {
            int word = tokens.id(first);
            if (word == Vocabulary.UNKNOWN) {
                continue;
            }
            int node = firstWord[word];
            for (int next = first + 1; node != NONE; next++) {
                for (int p = phrasesStart[node]; p < phrasesStart[node + 1]; p++) {
                    sink.occurrence(phraseIds[p], first, next);
                }
                if (next == to || (word = tokens.id(next)) == Vocabulary.UNKNOWN) {
                    break;
                }
                node = child(node, word);
            }
        }
    }

    private int child(int node, int word) {
        long key = edgeKey(node, word);
        int mask = edgeKeys.length - 1;
        for (int slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
            if (edgeKeys[slot] == key) {
                return edgeChildren[slot];
            }
            if (edgeChildren[slot] == NONE) {
                return NONE;
            }
        }
    }

    private static long edgeKey(int node, int word) {
        return (long) node << 32 | word;
    }

    private static int slotOf(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    public static final class Builder {
        private final Vocabulary.Builder vocabulary = new Vocabulary.Builder();
        /** Children of each node by word id; node 0 is unused so that 0 can mean "none". */
        private final List<Map<Integer, Integer>> children = new ArrayList<>(List.of(Map.of(), new HashMap<>()));

        private final List<List<Integer>> phrases = new ArrayList<>(List.of(List.of(), new ArrayList<>()));

        private Builder() {}

        /** Adds a phrase; adding the same words and id twice is harmless. */
        public Builder add(List<String> words, int phraseId) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs at least one word");
            }
            int node = 1;
            for (String word : words) {
                int id = vocabulary.add(word);
                Integer child = children.get(node).get(id);
                if (child == null) {
                    child = children.size();
                    children.add(new HashMap<>());
                    phrases.add(new ArrayList<>());
                    children.get(node).put(id, child);
                }
                node = child;
            }
            if (!phrases.get(node).contains(phraseId)) {
                phrases.get(node).add(phraseId);
            }
            return this;
        }

        /** Makes a phrase's word also stand for the compounds that end with it ("luxuslimousine"). */
        public Builder addCompoundHead(String word) {
            vocabulary.addCompoundHead(word);
            return this;
        }

        /** Adds a word that is in no phrase but must have an id (to compare with the words of a text). */
        public Builder addWord(String word) {
            vocabulary.add(word);
            return this;
        }

        public PhraseMatcher build() {
            Vocabulary built = vocabulary.build();
            int[] firstWord = new int[built.size()];
            children.get(1).forEach((word, child) -> firstWord[word] = child);

            int edges = children.stream().skip(2).mapToInt(Map::size).sum();
            int capacity = Vocabulary.tableSize(edges);
            long[] edgeKeys = new long[capacity];
            int[] edgeChildren = new int[capacity];
            int mask = capacity - 1;
            for (int node = 2; node < children.size(); node++) {
                for (Map.Entry<Integer, Integer> edge : children.get(node).entrySet()) {
                    long key = edgeKey(node, edge.getKey());
                    int slot = slotOf(key, mask);
                    while (edgeChildren[slot] != NONE) {
                        slot = (slot + 1) & mask;
                    }
                    edgeKeys[slot] = key;
                    edgeChildren[slot] = edge.getValue();
                }
            }

            int[] phrasesStart = new int[phrases.size() + 1];
            for (int node = 0; node < phrases.size(); node++) {
                phrasesStart[node + 1] = phrasesStart[node] + phrases.get(node).size();
            }
            int[] phraseIds = phrases.stream()
                    .flatMap(List::stream)
                    .mapToInt(Integer::intValue)
                    .toArray();
            return new PhraseMatcher(built, firstWord, edgeKeys, edgeChildren, phrasesStart, phraseIds);
        }
    }
}
