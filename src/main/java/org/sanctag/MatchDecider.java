package org.sanctag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.sanctag.result.Verdict;
import org.sanctag.rules.Strength;

/**
 * Decides which term occurrences stand, in the order {@code rules/README.md} documents, one step
 * after another: exclusions and the words before and after ({@code after}, {@code not_before}); then
 * {@code near} / {@code not_near} context; then weak and refers_back terms ({@link WeakTerms}); then
 * the longest of overlapping matches. Every candidate gets a {@link Decision}, so a user can be shown
 * why a word was or was not counted (without an explanation, only the accepted ones are kept).
 */
final class MatchDecider {

    private final CompiledRules rules;
    private final WeakTerms weakTerms;

    MatchDecider(CompiledRules rules) {
        this.rules = rules;
        this.weakTerms = new WeakTerms(rules);
    }

    /**
     * The verdict on every candidate of rule set {@code set} among {@code occurrences} (which come
     * grouped by sentence, with {@code bySentence} their views per sentence), in text order; the
     * accepted ones are the goods matches. Each set decides alone: its rules, exclusions, weak
     * terms and longest matches, as if it were the only one loaded. Without {@code explain} the
     * vetoed candidates are left out, but for those the later steps read (not_near).
     */
    List<Decision> decide(
            Document document,
            List<Occurrence> occurrences,
            List<List<Occurrence>> bySentence,
            int set,
            boolean explain) {
        List<Decision> decisions = explain ? new ArrayList<>() : new NotNearOnly();
        List<Decision> inContext = insideSpeakingBrands(
                checkEachCandidate(document, occurrences, bySentence, set, explain, decisions), decisions);
        List<Decision> counted = weakTerms.count(document, inContext, decisions);
        List<Decision> kept = keepLongest(counted, decisions);
        if (!explain) {
            return kept;
        }
        decisions.addAll(kept);
        decisions.sort(Comparator.comparingInt(
                        (Decision decision) -> decision.hit().occurrence().first())
                .thenComparingInt(decision -> -decision.hit().occurrence().end()));
        return decisions;
    }

    /**
     * The vetoed candidates an answer without explanation keeps: only the not_near ones, which the
     * speaking-brand and other-sense steps read; the others would only be thrown away.
     */
    private static final class NotNearOnly extends ArrayList<Decision> {
        @Override
        public boolean add(Decision decision) {
            return decision.verdict() == Verdict.NOT_NEAR && super.add(decision);
        }
    }

    /**
     * Steps 1 and 2, candidate by candidate: exclusions, after, then near / not_near. Returns the
     * candidates that pass; the vetoed ones are added to {@code vetoed}.
     */
    private List<Decision> checkEachCandidate(
            Document document,
            List<Occurrence> occurrences,
            List<List<Occurrence>> bySentence,
            int set,
            boolean explain,
            List<Decision> vetoed) {
        List<Decision> standing = new ArrayList<>();
        NeighbourWords neighbours = new NeighbourWords(document);
        for (Occurrence occurrence : occurrences) {
            List<Occurrence> sentence = bySentence.get(occurrence.sentence());
            neighbours.moveTo(occurrence);
            for (CompiledRules.CompiledRule rule :
                    rules.roles(occurrence.phraseId()).termOf()) {
                if (rule.ruleSet() != set) {
                    continue;
                }
                if ((!explain || rule.strength() == Strength.REFERS_BACK)
                        && (rule.after().length > 0 && !neighbours.precededByAny(rule.after())
                                || rule.before().length > 0 && !neighbours.followedByAnyOf(rule.before()))) {
                    // Vetoed whatever else holds (not_after, not_followed or excluded), and no later
                    // step reads it. A refers_back term without its after or before word is no
                    // reference at all ("it", "one", "goods" in most of their places, once per
                    // category): not even explained.
                    continue;
                }
                GoodsHit hit = new GoodsHit(rule, occurrence);
                Decision decision = exclusionOrAfter(hit, neighbours, sentence);
                if (decision == null) {
                    decision = context(hit, sentence);
                }
                (decision.accepted() ? standing : vetoed).add(decision);
            }
        }
        return standing;
    }

    /**
     * Step 1: an exclusion of the category overlaps the term, the word before is not an after word,
     * the words after it start no before phrase, or a not_before word follows it (then the verdict
     * is not_near, without a cause); else null.
     */
    private Decision exclusionOrAfter(GoodsHit hit, NeighbourWords neighbours, List<Occurrence> sentence) {
        Occurrence term = hit.occurrence();
        Occurrence exclusion = firstWithin(
                term,
                0,
                sentence,
                other -> rules.roles(other.phraseId()).vetoes(hit.rule().category()));
        if (exclusion != null) {
            return new Decision(hit, Verdict.EXCLUDED, exclusion);
        }
        int[][] after = hit.rule().after();
        if (after.length > 0 && !neighbours.precededByAny(after)) {
            return new Decision(hit, Verdict.NOT_AFTER, null);
        }
        int[][] before = hit.rule().before();
        if (before.length > 0 && !neighbours.followedByAnyOf(before)) {
            return new Decision(hit, Verdict.NOT_FOLLOWED, null);
        }
        if (neighbours.followedByAny(hit.rule().notBefore())) {
            return new Decision(hit, Verdict.NOT_NEAR, null);
        }
        return null;
    }

    /**
     * The after, before and not_before checks of one occurrence, each made once for the rules that
     * share its phrases (the copies of a reference in every category share them).
     */
    private static final class NeighbourWords {
        private final Document document;
        private Occurrence term;
        private int[][] after;
        private boolean preceded;
        private int[][] before;
        private boolean followedByBefore;
        private int[][] notBefore;
        private boolean followed;

        NeighbourWords(Document document) {
            this.document = document;
        }

        void moveTo(Occurrence occurrence) {
            term = occurrence;
            after = null;
            before = null;
            notBefore = null;
        }

        boolean precededByAny(int[][] phrases) {
            if (phrases != after) {
                after = phrases;
                preceded = MatchDecider.precededByAny(document, term, phrases);
            }
            return preceded;
        }

        /**
         * Whether a before phrase follows the term right after it (no apposition is read past, as
         * not_before reads for the company speaking); kept apart from not_before's check.
         */
        boolean followedByAnyOf(int[][] phrases) {
            if (phrases != before) {
                before = phrases;
                followedByBefore = document.directlyFollowedByAny(term, phrases);
            }
            return followedByBefore;
        }

        boolean followedByAny(int[][] phrases) {
            if (phrases != notBefore) {
                notBefore = phrases;
                followed = document.followedByAny(term, phrases);
            }
            return followed;
        }
    }

    /**
     * A brand phrase that not_before vetoed (the company speaking: "Princess Yachts said", "the
     * Federation of the Swiss Watch Industry") takes the shorter terms of its category inside it
     * along ("Yachts", "Watch"): they are vetoed (not_near, the brand phrase as the cause).
     */
    private static List<Decision> insideSpeakingBrands(List<Decision> standing, List<Decision> vetoed) {
        List<Decision> speaking = null;
        for (Decision decision : vetoed) {
            if (decision.verdict() == Verdict.NOT_NEAR && decision.cause() == null) {
                (speaking == null ? speaking = new ArrayList<>() : speaking).add(decision);
            }
        }
        if (speaking == null) {
            return standing;
        }
        speaking.sort(
                Comparator.comparingInt(decision -> decision.hit().occurrence().first()));
        List<Decision> kept = new ArrayList<>(standing.size());
        for (Decision decision : standing) {
            Occurrence brand = enclosingOfCategory(decision, speaking);
            if (brand == null) {
                kept.add(decision);
            } else {
                vetoed.add(new Decision(decision.hit(), Verdict.NOT_NEAR, brand));
            }
        }
        return kept;
    }

    /** The longest phrase a speaking brand can be, in words, so that only the few before a term are looked at. */
    private static final int LONGEST_BRAND = 8;

    /**
     * The speaking brand of the decision's category that encloses its occurrence and is longer, or
     * null; {@code speaking} is sorted by first word.
     */
    private static Occurrence enclosingOfCategory(Decision decision, List<Decision> speaking) {
        Occurrence term = decision.hit().occurrence();
        int low = firstAbove(speaking, Occurrence::first, term.first());
        for (int i = low - 1; i >= 0; i--) {
            Decision other = speaking.get(i);
            Occurrence brand = other.hit().occurrence();
            if (brand.first() < term.first() - LONGEST_BRAND) {
                break;
            }
            if (term.end() <= brand.end()
                    && brand.end() - brand.first() > term.end() - term.first()
                    && other.hit().categoryId().equals(decision.hit().categoryId())) {
                return brand;
            }
        }
        return null;
    }

    /** Step 2: the rule's near and not_near words within its window: accepted (with the near word), or vetoed. */
    private Decision context(GoodsHit hit, List<Occurrence> sentence) {
        Occurrence term = hit.occurrence();
        CompiledRules.CompiledRule rule = hit.rule();
        Occurrence nearWord = null;
        if (rule.needsNear()) {
            nearWord = firstWithin(term, rule.within(), sentence, other -> rule.isNear(other.phraseId()));
            if (nearWord == null) {
                return new Decision(hit, Verdict.NO_NEAR_CONTEXT, null);
            }
        }
        if (rule.hasNotNear()) {
            Occurrence notNearWord =
                    firstWithin(term, rule.within(), sentence, other -> rule.isNotNear(other.phraseId()));
            if (notNearWord != null) {
                return new Decision(hit, Verdict.NOT_NEAR, notNearWord);
            }
        }
        return new Decision(hit, Verdict.ACCEPTED, nearWord);
    }

    /** Step 4: of overlapping matches the longest wins; the others are added to {@code vetoed} as overlapped. */
    private static List<Decision> keepLongest(List<Decision> counted, List<Decision> vetoed) {
        List<Decision> kept =
                LongestMatch.keep(counted, decision -> decision.hit().occurrence());
        if (kept.size() < counted.size()) {
            Set<Decision> keptSet = Collections.newSetFromMap(new IdentityHashMap<>());
            keptSet.addAll(kept);
            for (Decision decision : counted) {
                if (!keptSet.contains(decision)) {
                    vetoed.add(new Decision(decision.hit(), Verdict.OVERLAPPED, longerMatch(kept, decision)));
                }
            }
        }
        return kept;
    }

    /**
     * The kept match that overlaps a losing one. Kept matches do not overlap one another (but for
     * equal spans), so in text order their ends ascend too, and the first whose end passes the
     * loser's first word is the one.
     */
    private static Occurrence longerMatch(List<Decision> kept, Decision loser) {
        Occurrence occurrence = loser.hit().occurrence();
        int low = firstAbove(kept, Occurrence::end, occurrence.first());
        return kept.get(low).hit().occurrence();
    }

    private static boolean precededByAny(Document document, Occurrence term, int[][] phrases) {
        for (int[] words : phrases) {
            if (document.precededBy(term, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first other occurrence at most {@code within} words from {@code term} (0: overlapping it)
     * that passes {@code test}, or null. The sentence's occurrences are ordered by first word, so only
     * the window is looked at: a long sentence full of matches costs no more per term than a short one.
     */
    private Occurrence firstWithin(Occurrence term, int within, List<Occurrence> sentence, Predicate<Occurrence> test) {
        int windowStart = term.first() - within - rules.longestPhrase();
        int windowEnd = term.end() + within;
        for (int i = firstStartingAtOrAfter(sentence, windowStart); i < sentence.size(); i++) {
            Occurrence other = sentence.get(i);
            if (other.first() >= windowEnd) {
                break;
            }
            if (other != term && term.distanceTo(other) <= within && test.test(other)) {
                return other;
            }
        }
        return null;
    }

    /** The index of the first of {@code sorted} (by first word) that starts at or after {@code word}. */
    static int firstStartingAtOrAfter(List<Occurrence> sorted, int word) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).first() < word) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Each sentence's occurrences, as views of the list, which comes ordered by sentence. */
    static List<List<Occurrence>> groupBySentence(List<Occurrence> occurrences) {
        List<List<Occurrence>> bySentence = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= occurrences.size(); i++) {
            if (i == occurrences.size()
                    || occurrences.get(i).sentence() != occurrences.get(start).sentence()) {
                while (bySentence.size() < occurrences.get(start).sentence()) {
                    bySentence.add(List.of());
                }
                bySentence.add(occurrences.subList(start, i));
                start = i;
            }
        }
        return bySentence;
    }

    /** The index of the first decision whose {@code key} is above {@code bound}; {@code key} ascends along the list. */
    private static int firstAbove(List<Decision> decisions, ToIntFunction<Occurrence> key, int bound) {
        int low = 0;
        int high = decisions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (key.applyAsInt(decisions.get(middle).hit().occurrence()) <= bound) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
