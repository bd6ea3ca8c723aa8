package org.sanctag.bench.engines;

import org.sanctag.bench.rules.Vocabulary;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.text.Tokens;

/**
 * sanctag's matching step alone, over the whole text with no sentence split and no decisions:
 * {@link Tokens#of} (folding and looking words up in the matcher's vocabulary, in one pass) and
 * {@link PhraseMatcher#scan}, counting every
 * occurrence (overlapping and nested ones too). The matcher is built here from the vocabulary the
 * same way {@code CompiledRules} builds the engine's, so it holds the same word sequences.
 */
public final class SanctagRaw implements Engine {

    private final PhraseMatcher matcher;
    private long hits;
    private final PhraseMatcher.OccurrenceSink counter = (phraseId, first, end) -> hits++;

    public SanctagRaw(Vocabulary vocabulary) {
        PhraseMatcher.Builder builder = PhraseMatcher.builder();
        for (Vocabulary.Phrase phrase : vocabulary.phrases()) {
            phrase.variants().forEach(words -> builder.add(words, phrase.id()));
        }
        this.matcher = builder.build();
    }

    @Override
    public String name() {
        return "sanctagRaw";
    }

    @Override
    public long count(String text) {
        Tokens tokens = Tokens.of(text, matcher.vocabulary());
        hits = 0;
        matcher.scan(tokens, 0, tokens.size(), counter);
        return hits;
    }

    @Override
    public Object footprint() {
        return matcher;
    }
}
