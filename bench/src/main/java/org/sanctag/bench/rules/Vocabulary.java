package org.sanctag.bench.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sanctag.rules.Category;
import org.sanctag.rules.Rule;
import org.sanctag.rules.RuleSet;
import org.sanctag.text.SpellingVariants;
import org.sanctag.text.Tokens;

/**
 * Every phrase a rule set makes sanctag look for, with the word sequences that match it: the one
 * vocabulary all engines of a benchmark get, so they search for the same things.
 *
 * <p>It mirrors {@code CompiledRules} (package-private in the engine): phrases are the context
 * signals, every rule's terms, {@code near} and {@code not_near} phrases and every category's
 * {@code exclude} phrases, deduplicated by their folded words; each matches the word sequences of
 * the engine's own {@link SpellingVariants}.
 */
public final class Vocabulary {

    /** A phrase as a rule file writes it (first spelling seen) and its folded word sequences. */
    public record Phrase(int id, String written, List<List<String>> variants) {

        public Phrase {
            variants = List.copyOf(variants);
        }
    }

    private final List<Phrase> phrases;

    private Vocabulary(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    public static Vocabulary of(RuleSet ruleSet) {
        Map<String, Phrase> byWords = new LinkedHashMap<>();
        allPhrases(ruleSet).forEach(written -> {
            List<String> words = Tokens.wordsOf(written);
            byWords.computeIfAbsent(
                    String.join(" ", words),
                    key -> new Phrase(byWords.size(), written, List.copyOf(SpellingVariants.of(words))));
        });
        return new Vocabulary(new ArrayList<>(byWords.values()));
    }

    /** No phrases: what an engine costs before it holds anything. */
    public static Vocabulary empty() {
        return new Vocabulary(List.of());
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
     * The lower-case strings a literal matcher (Aho-Corasick, regex) must look for to find every
     * variant written with spaces or hyphens between its words. Mixed separators ("Kim Jong-un")
     * and other dashes are not covered: that is what sanctag's tokenising gives for free.
     */
    public static Set<String> literalForms(List<String> words) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join(" ", words));
        forms.add(String.join("-", words));
        return forms;
    }

    private static Stream<String> allPhrases(RuleSet ruleSet) {
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
        return all.stream();
    }
}
