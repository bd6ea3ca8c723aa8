package org.sanctag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.rules.Category;
import org.sanctag.rules.Rule;
import org.sanctag.rules.RuleSet;
import org.sanctag.text.EnglishPlural;
import org.sanctag.text.Tokens;

/**
 * A rule set turned into one phrase matcher, plus what every phrase stands for: the rules it is a
 * term of, the categories it vetoes, the signals it is. Built once; immutable afterwards.
 */
final class CompiledRules {

    /** A rule with its category, its context phrases as phrase ids and its after phrases as folded words. */
    record CompiledRule(Rule rule, Category category, Set<Integer> near, Set<Integer> notNear, List<List<String>> after) {
    }

    /** Everything one phrase stands for; a phrase may be a term, a context word and a signal at once. */
    record Roles(List<CompiledRule> termOf, Set<String> vetoedCategories, boolean jurisdiction, boolean transfer) {
    }

    private final PhraseMatcher matcher;
    private final List<Roles> roles;
    private final int termCount;
    private final int longestPhrase;

    private CompiledRules(PhraseMatcher matcher, List<Roles> roles, int termCount, int longestPhrase) {
        this.matcher = matcher;
        this.roles = roles;
        this.termCount = termCount;
        this.longestPhrase = longestPhrase;
    }

    static CompiledRules compile(RuleSet ruleSet) {
        return new Compiler().compile(ruleSet);
    }

    PhraseMatcher matcher() {
        return matcher;
    }

    Roles roles(int phraseId) {
        return roles.get(phraseId);
    }

    int termCount() {
        return termCount;
    }

    /** The most words any phrase has: how far back an occurrence can start and still reach a word. */
    int longestPhrase() {
        return longestPhrase;
    }

    private static final class Compiler {
        private final PhraseMatcher.Builder matcher = PhraseMatcher.builder();
        private final Map<String, Integer> idsByWords = new HashMap<>();
        private final List<List<CompiledRule>> termOf = new ArrayList<>();
        private final List<Set<String>> vetoes = new ArrayList<>();
        private final Set<Integer> jurisdiction = new HashSet<>();
        private final Set<Integer> transfer = new HashSet<>();
        private int termCount;
        private int longestPhrase;

        CompiledRules compile(RuleSet ruleSet) {
            ruleSet.context().jurisdiction().forEach(phrase -> jurisdiction.add(phraseId(phrase)));
            ruleSet.context().transfer().forEach(phrase -> transfer.add(phraseId(phrase)));
            for (Category category : ruleSet.categories()) {
                category.exclude().forEach(phrase -> vetoes.get(phraseId(phrase)).add(category.id()));
                for (Rule rule : category.rules()) {
                    CompiledRule compiled = new CompiledRule(rule, category, phraseIds(rule.near()), phraseIds(rule.notNear()),
                            rule.after().stream().map(Tokens::wordsOf).toList());
                    for (String term : rule.terms()) {
                        termOf.get(phraseId(term)).add(compiled);
                        termCount++;
                    }
                }
            }
            List<Roles> roles = new ArrayList<>(termOf.size());
            for (int id = 0; id < termOf.size(); id++) {
                roles.add(new Roles(List.copyOf(termOf.get(id)), Set.copyOf(vetoes.get(id)),
                        jurisdiction.contains(id), transfer.contains(id)));
            }
            return new CompiledRules(matcher.build(), List.copyOf(roles), termCount, longestPhrase);
        }

        private Set<Integer> phraseIds(List<String> phrases) {
            Set<Integer> ids = new HashSet<>();
            phrases.forEach(phrase -> ids.add(phraseId(phrase)));
            return Set.copyOf(ids);
        }

        /** The id of a phrase, the same for every spelling that folds to the same words. */
        private int phraseId(String phrase) {
            List<String> words = Tokens.wordsOf(phrase);
            longestPhrase = Math.max(longestPhrase, words.size());
            return idsByWords.computeIfAbsent(String.join(" ", words), key -> {
                int id = termOf.size();
                termOf.add(new ArrayList<>());
                vetoes.add(new HashSet<>());
                variants(words).forEach(variant -> matcher.add(variant, id));
                return id;
            });
        }

        /** The words as written, with the last one in the plural, and all written together. */
        private static Set<List<String>> variants(List<String> words) {
            Set<List<String>> variants = new LinkedHashSet<>();
            variants.add(words);
            variants.addAll(withPluralEnd(words));
            if (words.size() > 1) {
                List<String> joined = List.of(String.join("", words));
                variants.add(joined);
                variants.addAll(withPluralEnd(joined));
            }
            return variants;
        }

        private static List<List<String>> withPluralEnd(List<String> words) {
            List<List<String>> plurals = new ArrayList<>();
            for (String plural : EnglishPlural.forms(words.get(words.size() - 1))) {
                List<String> variant = new ArrayList<>(words);
                variant.set(variant.size() - 1, plural);
                plurals.add(variant);
            }
            return plurals;
        }
    }
}
