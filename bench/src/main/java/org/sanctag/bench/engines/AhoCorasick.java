package org.sanctag.bench.engines;

import java.util.LinkedHashSet;
import java.util.Set;
import org.ahocorasick.trie.PayloadTrie;
import org.sanctag.PhraseCatalog;

/**
 * robert-bor's Aho-Corasick 0.6.3, {@code PayloadTrie.builder().ignoreCase().onlyWholeWords()},
 * each keyword carrying its phrase id as payload, {@code parseText(text)} on the original text.
 *
 * <p>What it cannot express of sanctag: no Unicode folding (ignoreCase is per-char
 * {@code Character.toLowerCase}: "Lürssen" does not match "Lurssen", "ß" not "ss"); separators are
 * literal, so each variant is added with spaces and with hyphens and nothing else ("Kim Jong-un"
 * with mixed separators, en dashes, line breaks and double spaces are missed); a whole word ends at
 * a letter only ({@code Character.isAlphabetic}), so "S600" inside "S6000" still matches; no
 * sentences, context rules, exclusions or relevance. {@code onlyWholeWords} is applied only by
 * the collecting {@code parseText(text)}, not by the handler variant, so hits are collected.
 */
public final class AhoCorasick implements Engine {

    private final PayloadTrie<Integer> trie;

    public AhoCorasick(PhraseCatalog vocabulary) {
        PayloadTrie.PayloadTrieBuilder<Integer> builder =
                PayloadTrie.<Integer>builder().ignoreCase().onlyWholeWords();
        for (PhraseCatalog.Phrase phrase : vocabulary.phrases()) {
            Set<String> forms = new LinkedHashSet<>();
            phrase.variants().forEach(words -> forms.addAll(LiteralForms.of(words)));
            forms.forEach(form -> builder.addKeyword(form, phrase.id()));
        }
        this.trie = builder.build();
    }

    @Override
    public String name() {
        return "ahoCorasick";
    }

    @Override
    public long count(String text) {
        return trie.parseText(text).size();
    }

    @Override
    public Object footprint() {
        return trie;
    }
}
