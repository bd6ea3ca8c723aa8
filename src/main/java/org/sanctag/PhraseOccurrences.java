package org.sanctag;

import java.util.Arrays;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.text.Tokens;

/**
 * Every phrase occurrence among a text's words, of every loaded rule set, found before the text is
 * split into sentences, so that a text without a single goods term of the chosen sets is never
 * split at all: it can have no passage.
 */
final class PhraseOccurrences implements PhraseMatcher.OccurrenceSink {

    private final CompiledRules rules;
    private final boolean[] chosen;
    /** Occurrence {@code i} is phrase {@code hits[3i]} over words {@code [hits[3i + 1], hits[3i + 2])}. */
    private int[] hits = new int[48];

    private int size;
    private boolean anyGoodsTerm;

    private PhraseOccurrences(CompiledRules rules, boolean[] chosen) {
        this.rules = rules;
        this.chosen = chosen;
    }

    /** @param chosen by rule-set index, whether the request chose the set */
    static PhraseOccurrences find(CompiledRules rules, Tokens tokens, boolean[] chosen) {
        PhraseOccurrences found = new PhraseOccurrences(rules, chosen);
        rules.matcher().scan(tokens, 0, tokens.size(), found);
        return found;
    }

    @Override
    public void occurrence(int phraseId, int first, int end) {
        if (3 * size + 3 > hits.length) {
            hits = Arrays.copyOf(hits, hits.length * 2);
        }
        hits[3 * size] = phraseId;
        hits[3 * size + 1] = first;
        hits[3 * size + 2] = end;
        size++;
        anyGoodsTerm = anyGoodsTerm || rules.roles(phraseId).termOfAny(chosen);
    }

    /** Whether any occurrence is a goods term of a chosen set. */
    boolean anyGoodsTerm() {
        return anyGoodsTerm;
    }

    int size() {
        return size;
    }

    int phraseId(int index) {
        return hits[3 * index];
    }

    int first(int index) {
        return hits[3 * index + 1];
    }

    int end(int index) {
        return hits[3 * index + 2];
    }
}
