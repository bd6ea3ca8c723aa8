package org.sanctag.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctag.text.Tokens;

/**
 * Finds every occurrence of a set of phrases in a run of words. A phrase is a list of folded words
 * with an integer id; overlapping and nested occurrences are all reported. Immutable once built and
 * safe to share between threads.
 */
public final class PhraseMatcher {

    /** Receives one occurrence: phrase {@code phraseId} covers words {@code [first, end)}. */
    @FunctionalInterface
    public interface OccurrenceSink {
        void occurrence(int phraseId, int first, int end);
    }

    private final Node root;

    private PhraseMatcher(Node root) {
        this.root = root;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reports every occurrence that starts and ends inside words {@code [from, to)}. */
    public void scan(Tokens tokens, int from, int to, OccurrenceSink sink) {
        for (int first = from; first < to; first++) {
            Node node = root;
            for (int word = first; word < to; word++) {
                node = node.next.get(tokens.word(word));
                if (node == null) {
                    break;
                }
                for (int phraseId : node.phraseIds) {
                    sink.occurrence(phraseId, first, word + 1);
                }
            }
        }
    }

    private static final class Node {
        final Map<String, Node> next;
        final int[] phraseIds;

        Node(Map<String, Node> next, int[] phraseIds) {
            this.next = next;
            this.phraseIds = phraseIds;
        }
    }

    public static final class Builder {
        private final MutableNode root = new MutableNode();

        private Builder() {
        }

        /** Adds a phrase; adding the same words and id twice is harmless. */
        public Builder add(List<String> words, int phraseId) {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("a phrase needs at least one word");
            }
            MutableNode node = root;
            for (String word : words) {
                node = node.next.computeIfAbsent(word, w -> new MutableNode());
            }
            if (!node.phraseIds.contains(phraseId)) {
                node.phraseIds.add(phraseId);
            }
            return this;
        }

        public PhraseMatcher build() {
            return new PhraseMatcher(root.freeze());
        }
    }

    private static final class MutableNode {
        final Map<String, MutableNode> next = new HashMap<>();
        final List<Integer> phraseIds = new ArrayList<>();

        Node freeze() {
            Map<String, Node> frozen = new HashMap<>(next.size() * 2);
            next.forEach((word, child) -> frozen.put(word, child.freeze()));
            return new Node(Map.copyOf(frozen), phraseIds.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
