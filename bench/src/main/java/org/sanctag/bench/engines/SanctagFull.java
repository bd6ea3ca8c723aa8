package org.sanctag.bench.engines;

import org.sanctag.Tagger;
import org.sanctag.bench.rules.BenchRuleSet;
import org.sanctag.result.Passage;
import org.sanctag.result.TagResult;

/**
 * sanctag's whole path, {@link Tagger#tag(String)}: sentences, folding, words, the phrase trie,
 * exclusions, near/not_near context, weak terms, longest match, relevance, passages with code
 * point offsets. The hit count is the accepted goods matches; every baseline reports raw phrase
 * occurrences instead, so this count is expected to be lower.
 */
public final class SanctagFull implements Engine {

    private final Tagger tagger;

    public SanctagFull(BenchRuleSet rules) {
        this.tagger = Tagger.of(rules.loaded());
    }

    public Tagger tagger() {
        return tagger;
    }

    @Override
    public String name() {
        return "sanctagFull";
    }

    @Override
    public long count(String text) {
        TagResult result = tagger.tag(text);
        long matches = 0;
        for (Passage passage : result.passages()) {
            matches += passage.matches().size();
        }
        return matches;
    }

    @Override
    public Object footprint() {
        return tagger;
    }
}
