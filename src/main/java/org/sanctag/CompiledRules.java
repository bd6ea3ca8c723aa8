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
 * The loaded rule sets turned into one phrase matcher over all their phrases, plus what every
 * phrase stands for in each set: the rules it is a term of, the categories it vetoes, the signals
 * it is. A text is scanned once whichever sets a request chooses. Built once; immutable afterwards.
 */
final class CompiledRules {

    /**
     * A rule ready to decide: what the decision and its explanation need, with its context phrases as
     * sorted phrase ids and its after, before and not_before phrases as word ids, but not its terms (they
     * live in the matcher). Compared by identity.
     */
    static final class CompiledRule {
        private final String id;
        private final String categoryId;
        private final int ruleSet;
        private final int category;
        private final Strength strength;
        private final int within;
        private final int reachesBack;
        private final List<String> afterPhrases;
        private final List<String> beforePhrases;
        private final List<String> notBeforePhrases;
        private final int[] near;
        private final int[] notNear;
        private final int[][] after;
        private final int[][] before;
        private final int[][] notBefore;

        private CompiledRule(
                Rule rule,
                String categoryId,
                int ruleSet,
                int category,
                int[] near,
                int[] notNear,
                int[][] after,
                int[][] before,
                int[][] notBefore) {
            this.id = rule.id();
            this.categoryId = categoryId;
            this.ruleSet = ruleSet;
            this.category = category;
            this.strength = rule.strength();
            this.within = rule.within();
            this.reachesBack = rule.reachesBack();
            this.afterPhrases = rule.after();
            this.beforePhrases = rule.before();
            this.notBeforePhrases = rule.notBefore();
            this.near = near;
            this.notNear = notNear;
            this.after = after;
            this.before = before;
            this.notBefore = notBefore;
        }

        String id() {
            return id;
        }

        String categoryId() {
            return categoryId;
        }

        /** The index of the rule set the rule belongs to, in load order. */
        int ruleSet() {
            return ruleSet;
        }

        /** Its category's index among the categories of every set: the same id in two sets is two categories. */
        int category() {
            return category;
        }

        Strength strength() {
            return strength;
        }

        int within() {
            return within;
        }

        /** For a refers_back rule: how many sentences before the term the mention it refers to may stand. */
        int reachesBack() {
            return reachesBack;
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

        /** The before phrases as the rule file writes them. */
        List<String> beforePhrases() {
            return beforePhrases;
        }

        /** The before phrases, each as the word ids it starts with; empty when the rule has none. */
        int[][] before() {
            return before;
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
     * Everything one phrase stands for, in every rule set; a phrase may be a term, a context word and
     * a signal at once. Categories are by their index over all sets, signals by the indices of the
     * sets they are signals of, each array sorted. Phrases that stand for the same things share one
     * instance.
     */
    record Roles(List<CompiledRule> termOf, int[] termOfSets, int[] vetoes, int[] jurisdiction, int[] transfer) {

        /** Whether the phrase is a term of any chosen set: a text without one has no passage. */
        boolean termOfAny(boolean[] chosen) {
            for (int set : termOfSets) {
                if (chosen[set]) {
                    return true;
                }
            }
            return false;
        }

        boolean vetoes(int category) {
            return Arrays.binarySearch(vetoes, category) >= 0;
        }

        boolean jurisdictionOf(int set) {
            return Arrays.binarySearch(jurisdiction, set) >= 0;
        }

        boolean transferOf(int set) {
            return Arrays.binarySearch(transfer, set) >= 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Roles roles
                    && termOf.equals(roles.termOf)
                    && Arrays.equals(vetoes, roles.vetoes)
                    && Arrays.equals(jurisdiction, roles.jurisdiction)
                    && Arrays.equals(transfer, roles.transfer);
        }

        @Override
        public int hashCode() {
            return termOf.hashCode() * 31 * 31 * 31
                    + Arrays.hashCode(vetoes) * 31 * 31
                    + Arrays.hashCode(jurisdiction) * 31
                    + Arrays.hashCode(transfer);
        }

        @Override
        public String toString() {
            return "Roles[" + termOf.size() + " rules, vetoes " + Arrays.toString(vetoes) + ", jurisdiction of "
                    + Arrays.toString(jurisdiction) + ", transfer of " + Arrays.toString(transfer) + "]";
        }
    }

    /** The word id that {@code <number>} in an after phrase stands for: any word of digits only. */
    static final int NUMBER_WORD = Integer.MIN_VALUE;

    /** The after phrase that {@code <start>} compiles to: the term opens its sentence. */
    static final int START_WORD = Integer.MIN_VALUE + 1;

    private final PhraseMatcher matcher;
    private final List<Roles> roles;
    private final int[] termCounts;
    private final int longestPhrase;
    private final NumberOpenings numberOpenings;

    private CompiledRules(
            PhraseMatcher matcher,
            List<Roles> roles,
            int[] termCounts,
            int longestPhrase,
            NumberOpenings numberOpenings) {
        this.matcher = matcher;
        this.roles = roles;
        this.termCounts = termCounts;
        this.longestPhrase = longestPhrase;
        this.numberOpenings = numberOpenings;
    }

    static CompiledRules compile(RuleSet ruleSet) {
        return compile(List.of(ruleSet));
    }

    /** Several rule sets in one matcher; set {@code i} of the list is rule set {@code i} of every role. */
    static CompiledRules compile(List<RuleSet> ruleSets) {
        return new Compiler().compile(ruleSets);
    }

    PhraseMatcher matcher() {
        return matcher;
    }

    /** The words of the vocabulary that open a number written in words. */
    NumberOpenings numberOpenings() {
        return numberOpenings;
    }

    Roles roles(int phraseId) {
        return roles.get(phraseId);
    }

    /** How many terms rule set {@code set} lists, over all its rules (included ones too). */
    int termCount(int set) {
        return termCounts[set];
    }

    int ruleSetCount() {
        return termCounts.length;
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
                int set,
                int categoryIndex,
                int[] near,
                int[] notNear,
                List<List<String>> after,
                List<List<String>> before,
                List<List<String>> notBefore,
                int[] terms) {}

        private PhraseCatalog catalog;

        CompiledRules compile(List<RuleSet> ruleSets) {
            catalog = PhraseCatalog.of(ruleSets);
            PhraseMatcher.Builder matcher = catalog.matcherBuilder();
            List<List<CompiledRule>> termOf = new ArrayList<>();
            List<Set<Integer>> vetoes = new ArrayList<>();
            List<Set<Integer>> jurisdiction = new ArrayList<>();
            List<Set<Integer>> transfer = new ArrayList<>();
            for (int id = 0; id < catalog.size(); id++) {
                termOf.add(new ArrayList<>());
                vetoes.add(new HashSet<>());
                jurisdiction.add(new HashSet<>());
                transfer.add(new HashSet<>());
            }
            int[] termCounts = new int[ruleSets.size()];
            List<Pending> pending = new ArrayList<>();
            int categoryIndex = 0;
            for (int set = 0; set < ruleSets.size(); set++) {
                RuleSet ruleSet = ruleSets.get(set);
                int thisSet = set;
                ruleSet.context()
                        .jurisdiction()
                        .forEach(
                                phrase -> jurisdiction.get(catalog.idOf(phrase)).add(thisSet));
                ruleSet.context()
                        .transfer()
                        .forEach(phrase -> transfer.get(catalog.idOf(phrase)).add(thisSet));
                for (Category category : ruleSet.categories()) {
                    int thisCategory = categoryIndex++;
                    category.exclude()
                            .forEach(phrase -> vetoes.get(catalog.idOf(phrase)).add(thisCategory));
                    for (Rule rule : category.rules()) {
                        List<List<String>> after =
                                rule.after().stream().map(Compiler::wordsOf).toList();
                        List<List<String>> before =
                                rule.before().stream().map(Tokens::wordsOf).toList();
                        List<List<String>> notBefore =
                                rule.notBefore().stream().map(Tokens::wordsOf).toList();
                        after.forEach(words -> words.stream()
                                .filter(word -> !word.equals(Rule.NUMBER) && !word.equals(Rule.START))
                                .forEach(matcher::addWord));
                        before.forEach(words -> words.forEach(matcher::addWord));
                        notBefore.forEach(words -> words.forEach(matcher::addWord));
                        pending.add(new Pending(
                                rule,
                                category,
                                set,
                                thisCategory,
                                phraseIds(rule.near()),
                                phraseIds(rule.notNear()),
                                after,
                                before,
                                notBefore,
                                phraseIds(rule.terms())));
                        termCounts[set] += rule.terms().size();
                    }
                }
            }
            NumberOpenings.words().forEach(matcher::addWord);
            PhraseMatcher built = matcher.build();
            // Rules with the same after, before or not_before phrases share one array (the copies of a
            // reference do), so that the decider checks them once per occurrence.
            Map<List<List<String>>, int[][]> sharedWordIds = new HashMap<>();
            for (Pending rule : pending) {
                CompiledRule compiled = new CompiledRule(
                        rule.rule(),
                        rule.category().id(),
                        rule.set(),
                        rule.categoryIndex(),
                        rule.near(),
                        rule.notNear(),
                        sharedWordIds.computeIfAbsent(rule.after(), phrases -> wordIds(phrases, built)),
                        sharedWordIds.computeIfAbsent(rule.before(), phrases -> wordIds(phrases, built)),
                        sharedWordIds.computeIfAbsent(rule.notBefore(), phrases -> wordIds(phrases, built)));
                for (int term : rule.terms()) {
                    termOf.get(term).add(compiled);
                }
            }
            Map<Roles, Roles> shared = new HashMap<>();
            List<Roles> roles = new ArrayList<>(termOf.size());
            for (int id = 0; id < termOf.size(); id++) {
                List<CompiledRule> rules = List.copyOf(termOf.get(id));
                Roles phraseRoles = new Roles(
                        rules,
                        rules.stream()
                                .mapToInt(CompiledRule::ruleSet)
                                .distinct()
                                .sorted()
                                .toArray(),
                        sorted(vetoes.get(id)),
                        sorted(jurisdiction.get(id)),
                        sorted(transfer.get(id)));
                roles.add(shared.computeIfAbsent(phraseRoles, r -> r));
            }
            return new CompiledRules(
                    built,
                    List.copyOf(roles),
                    termCounts,
                    catalog.longestPhrase(),
                    NumberOpenings.of(built.vocabulary()));
        }

        private static int[] sorted(Set<Integer> values) {
            return values.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        /** The folded words of an after phrase, in which each {@code <number>} stays as it is. */
        private static List<String> wordsOf(String phrase) {
            if (phrase.strip().equals(Rule.START)) {
                return List.of(Rule.START);
            }
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
                                    : word.equals(Rule.START)
                                            ? START_WORD
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
