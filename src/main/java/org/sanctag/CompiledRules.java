package org.sanctag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.rules.Category;
import org.sanctag.rules.Rule;
import org.sanctag.rules.RuleSet;
import org.sanctag.rules.Strength;
import org.sanctag.text.Tokens;

/**
 * A rule set turned into one phrase matcher, plus what every phrase stands for: the rules it is a
 * term of, the categories it vetoes, the signals it is. Built once; immutable afterwards.
 */
final class CompiledRules {

    /**
     * A rule ready to decide: what the decision and its explanation need, with its context phrases as
     * sorted phrase ids and its after and not_before phrases as word ids, but not its terms (they
     * live in the matcher). Compared by identity.
     */
    static final class CompiledRule {
        private final String id;
        private final String categoryId;
        private final Strength strength;
        private final int within;
        private final List<String> afterPhrases;
        private final List<String> notBeforePhrases;
        private final int[] near;
        private final int[] notNear;
        private final int[][] after;
        private final int[][] notBefore;

        private CompiledRule(
                Rule rule, String categoryId, int[] near, int[] notNear, int[][] after, int[][] notBefore) {
            this.id = rule.id();
            this.categoryId = categoryId;
            this.strength = rule.strength();
            this.within = rule.within();
            this.afterPhrases = rule.after();
            this.notBeforePhrases = rule.notBefore();
            this.near = near;
            this.notNear = notNear;
            this.after = after;
            this.notBefore = notBefore;
        }

        String id() {
            return id;
        }

        String categoryId() {
            return categoryId;
        }

        Strength strength() {
            return strength;
        }

        int within() {
            return within;
        }

        /** The after phrases as the rule file writes them. */
        List<String> afterPhrases() {
            return afterPhrases;
        }

        boolean needsNear() {
            return near.length > 0;
        }

        boolean isNear(int phraseId) {
            return Arrays.binarySearch(near, phraseId) >= 0;
        }

        boolean hasNotNear() {
            return notNear.length > 0;
        }

        boolean isNotNear(int phraseId) {
            return Arrays.binarySearch(notNear, phraseId) >= 0;
        }

        /**
         * The after phrases, each as the word ids it must end with ({@link #NUMBER_WORD} for a word
         * of digits); empty when the rule has none.
         */
        int[][] after() {
            return after;
        }

        /** The not_before phrases as the rule file writes them. */
        List<String> notBeforePhrases() {
            return notBeforePhrases;
        }

        /** The not_before phrases, each as the word ids it starts with; empty when the rule has none. */
        int[][] notBefore() {
            return notBefore;
        }
    }

    /**
     * Everything one phrase stands for; a phrase may be a term, a context word and a signal at once.
     * Phrases that stand for the same things share one instance.
     */
    record Roles(List<CompiledRule> termOf, Set<String> vetoedCategories, boolean jurisdiction, boolean transfer) {}

    /** The word id that {@code <number>} in an after phrase stands for: any word of digits only. */
    static final int NUMBER_WORD = Integer.MIN_VALUE;

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
        /** A rule whose after phrases wait for the vocabulary to get word ids. */
        private record Pending(
                Rule rule,
                Category category,
                int[] near,
                int[] notNear,
                List<List<String>> after,
                List<List<String>> notBefore,
                int[] terms) {}

        private PhraseCatalog catalog;
        private int termCount;

        CompiledRules compile(RuleSet ruleSet) {
            catalog = PhraseCatalog.of(ruleSet);
            PhraseMatcher.Builder matcher = catalog.matcherBuilder();
            List<List<CompiledRule>> termOf = new ArrayList<>();
            List<Set<String>> vetoes = new ArrayList<>();
            for (int id = 0; id < catalog.size(); id++) {
                termOf.add(new ArrayList<>());
                vetoes.add(new HashSet<>());
            }
            Set<Integer> jurisdiction = new HashSet<>();
            Set<Integer> transfer = new HashSet<>();
            ruleSet.context().jurisdiction().forEach(phrase -> jurisdiction.add(catalog.idOf(phrase)));
            ruleSet.context().transfer().forEach(phrase -> transfer.add(catalog.idOf(phrase)));
            List<Pending> pending = new ArrayList<>();
            for (Category category : ruleSet.categories()) {
                category.exclude()
                        .forEach(phrase -> vetoes.get(catalog.idOf(phrase)).add(category.id()));
                for (Rule rule : category.rules()) {
                    List<List<String>> after =
                            rule.after().stream().map(Compiler::wordsOf).toList();
                    List<List<String>> notBefore =
                            rule.notBefore().stream().map(Tokens::wordsOf).toList();
                    after.forEach(words -> words.stream()
                            .filter(word -> !word.equals(Rule.NUMBER))
                            .forEach(matcher::addWord));
                    notBefore.forEach(words -> words.forEach(matcher::addWord));
                    pending.add(new Pending(
                            rule,
                            category,
                            phraseIds(rule.near()),
                            phraseIds(rule.notNear()),
                            after,
                            notBefore,
                            phraseIds(rule.terms())));
                    termCount += rule.terms().size();
                }
            }
            PhraseMatcher built = matcher.build();
            for (Pending rule : pending) {
                CompiledRule compiled = new CompiledRule(
                        rule.rule(),
                        rule.category().id(),
                        rule.near(),
                        rule.notNear(),
                        wordIds(rule.after(), built),
                        wordIds(rule.notBefore(), built));
                for (int term : rule.terms()) {
                    termOf.get(term).add(compiled);
                }
            }
            Map<Roles, Roles> shared = new HashMap<>();
            List<Roles> roles = new ArrayList<>(termOf.size());
            for (int id = 0; id < termOf.size(); id++) {
                Roles phraseRoles = new Roles(
                        List.copyOf(termOf.get(id)),
                        Set.copyOf(vetoes.get(id)),
                        jurisdiction.contains(id),
                        transfer.contains(id));
                roles.add(shared.computeIfAbsent(phraseRoles, r -> r));
            }
            return new CompiledRules(built, List.copyOf(roles), termCount, catalog.longestPhrase());
        }

        /** The folded words of an after phrase, in which each {@code <number>} stays as it is. */
        private static List<String> wordsOf(String phrase) {
            List<String> words = new ArrayList<>();
            String[] parts = phrase.split(Rule.NUMBER, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    words.add(Rule.NUMBER);
                }
                words.addAll(Tokens.wordsOf(parts[i]));
            }
            return List.copyOf(words);
        }

        private static int[][] wordIds(List<List<String>> phrases, PhraseMatcher built) {
            return phrases.stream()
                    .map(words -> words.stream()
                            .mapToInt(word -> word.equals(Rule.NUMBER)
                                    ? NUMBER_WORD
                                    : built.vocabulary().idOf(word))
                            .toArray())
                    .toArray(int[][]::new);
        }

        /** The distinct phrase ids of the phrases, sorted. */
        private int[] phraseIds(List<String> phrases) {
            return phrases.stream().mapToInt(catalog::idOf).distinct().sorted().toArray();
        }
    }
}
