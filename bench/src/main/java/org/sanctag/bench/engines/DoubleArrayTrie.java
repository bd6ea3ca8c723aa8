package org.sanctag.bench.engines;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.Locale;
import java.util.TreeMap;
import org.sanctag.PhraseCatalog;

/**
 * hankcs's AhoCorasickDoubleArrayTrie 1.2.3: the raw literal scan, a ceiling for any dictionary
 * matcher. Keys are the lower-cased literal forms (spaces and hyphens); the text is lower-cased in
 * {@link #prepare}, outside the timed region; {@code parseText(text, IHit)} counts hits.
 *
 * <p>What it cannot express of sanctag: no case or Unicode folding of its own, no word boundaries
 * at all ("car" is found inside "cart" and "Carter", so it reports more hits), literal separators
 * only, one value per key, and none of the sentences, context rules, exclusions or relevance.
 */
public final class DoubleArrayTrie implements Engine {

    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    private long hits;
    private final AhoCorasickDoubleArrayTrie.IHit<Integer> counter = (begin, end, value) -> hits++;

    public DoubleArrayTrie(PhraseCatalog vocabulary) {
        TreeMap<String, Integer> keys = new TreeMap<>();
        for (PhraseCatalog.Phrase phrase : vocabulary.phrases()) {
            phrase.variants()
                    .forEach(words -> LiteralForms.of(words)
                            .forEach(form -> keys.putIfAbsent(form.toLowerCase(Locale.ROOT), phrase.id())));
        }
        trie.build(keys);
    }

    @Override
    public String name() {
        return "doubleArrayTrie";
    }

    @Override
    public String prepare(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    @Override
    public long count(String lowerCased) {
        hits = 0;
        trie.parseText(lowerCased, counter);
        return hits;
    }

    @Override
    public Object footprint() {
        return trie;
    }
}
