package org.sanctag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.rules.Category;
import org.sanctag.rules.Rule;
import org.sanctag.rules.RuleSet;
import org.sanctag.text.WrittenPhrase;

/**
 * Every phrase the rule sets make sanctag look for, with the word sequences that match it: a public,
 * read-only view of what the engine compiles, so that benchmarks and tools search for exactly the
 * same things instead of re-deriving them. {@code CompiledRules} builds its matcher from it.
 *
 * <p>The phrases are the context signals, then per category its exclusions and per rule its
 * {@code near}, {@code not_near} and term phrases, deduplicated by their folded words; ids count
 * from 0 in that order.
 */
public final class PhraseCatalog {

    /** A phrase as the rule file first writes it, and the folded word sequences that match it. */
    public record Phrase(int id, String written, List<List<String>> variants) {

        public Phrase {
            variants = variants.stream().map(List::copyOf).toList();
        }
    }

    private final List<Phrase> phrases;
    private final Map<String, Integer> idsByWords;
    private final int longestPhrase;
    private final Set<String> compoundHeads;

    private PhraseCatalog(
            List<Phrase> phrases, Map<String, Integer> idsByWords, int longestPhrase, Set<String> compoundHeads) {
        this.phrases = List.copyOf(phrases);
        this.idsByWords = Map.copyOf(idsByWords);
        this.longestPhrase = longestPhrase;
        this.compoundHeads = Set.copyOf(compoundHeads);
    }

    public static PhraseCatalog of(RuleSet ruleSet) {
        return of(List.of(ruleSet));
    }

    /**
     * The phrases of several rule sets in one catalog, each once however many sets have it, so one
     * matcher finds them all; the first set's phrases come first, with the ids they have alone.
     */
    public static PhraseCatalog of(List<RuleSet> ruleSets) {
        List<Phrase> phrases = new ArrayList<>();
        Map<String, Integer> idsByWords = new HashMap<>();
        Set<String> compoundHeads = new LinkedHashSet<>();
        int longest = 0;
        List<String> all = new ArrayList<>();
        ruleSets.forEach(ruleSet -> all.addAll(allPhrases(ruleSet)));
        for (String written : all) {
            WrittenPhrase phrase = WrittenPhrase.parse(written);
            longest = Math.max(longest, phrase.words().size());
            idsByWords.computeIfAbsent(phrase.key(), key -> {
                phrases.add(new Phrase(phrases.size(), written, List.copyOf(phrase.variants())));
                if (phrase.compoundHead()) {
                    phrase.variants().forEach(variant -> compoundHeads.add(variant.get(0)));
                }
                return phrases.size() - 1;
            });
        }
        return new PhraseCatalog(phrases, idsByWords, longest, compoundHeads);
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    public int size() {
        return phrases.size();
    }

    /** How many word sequences the phrases have in all: the size of an automaton's dictionary. */
    public int variantCount() {
        return phrases.stream().mapToInt(phrase -> phrase.variants().size()).sum();
    }

    /**
     * A matcher builder that holds every phrase's word sequences under the phrase's id: the engine
     * builds its matcher from it, and so can a benchmark that times the matching step alone.
     */
    public PhraseMatcher.Builder matcherBuilder() {
        PhraseMatcher.Builder builder = PhraseMatcher.builder();
        for (Phrase phrase : phrases) {
            phrase.variants().forEach(variant -> builder.add(variant, phrase.id()));
        }
        compoundHeads.forEach(builder::addCompoundHead);
        return builder;
    }

    /** The most words any phrase has. */
    public int longestPhrase() {
        return longestPhrase;
    }

    /** The id of a phrase of the rule set, the same for every spelling that folds to the same words. */
    int idOf(String written) {
        Integer id = idsByWords.get(WrittenPhrase.parse(written).key());
        if (id == null) {
            throw new IllegalArgumentException("not a phrase of this rule set: " + written);
        }
        return id;
    }

    private static List<String> allPhrases(RuleSet ruleSet) {
        List<String> all = new ArrayList<>(ruleSet.context().jurisdiction());
        all.addAll(ruleSet.context().transfer());
        for (Category category : ruleSet.categories()) {
            all.addAll(category.exclude());
            for (Rule rule : category.rules()) {
                all.addAll(rule.near());
                all.addAll(rule.notNear());
                all.addAll(rule.terms());
            }
        }
        return all;
    }
}
