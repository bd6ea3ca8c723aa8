package org.sanctag.bench.engines;

import org.sanctag.PhraseCatalog;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.text.Tokens;

/**
 * sanctag's matching step alone, over the whole text with no sentence split and no decisions:
 * {@link Tokens#of} (folding and looking words up in the matcher's vocabulary, in one pass) and
 * {@link PhraseMatcher#scan}, counting every
 * occurrence (overlapping and nested ones too). The matcher comes from the engine's own
 * {@link PhraseCatalog#matcherBuilder()}, so it holds exactly the engine's word sequences.
 */
public final class SanctagRaw implements Engine {

    private final PhraseMatcher matcher;
    private long hits;
    private final PhraseMatcher.OccurrenceSink counter = (phraseId, first, end) -> hits++;

    public SanctagRaw(PhraseCatalog vocabulary) {
        this.matcher = vocabulary.matcherBuilder().build();
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
