package org.sanctag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.result.Verdict;
import org.sanctag.rules.Strength;

/**
 * Step 3 of {@link MatchDecider}: which weak and refers_back candidates count, given the strong
 * matches that stand around them ("the car" after a Maybach, "the items" after watches and
 * necklaces, "Doesn't Kim already have one?" after a yacht).
 */
final class WeakTerms {

    private final CompiledRules rules;

    WeakTerms(CompiledRules rules) {
        this.rules = rules;
    }

    /**
     * Step 3 (the decisions are of one rule set, so a category id names one category): a weak term
     * counts only in a document with a strong match of its category; a refers_back term only where
     * the goods it points to (those of its own sentence, else of the sentence of the nearest strong
     * match before it, of the categories that list the term as refers_back) include its category, that
     * sentence is at most its rule's reaches_back sentences before it, and no candidate of its category
     * that a not_near word vetoed stands between the two (the match is the accepted decision's cause).
     * A refers_back term in a lead-in ending with a colon points forward, to the list below it, and
     * counts for nothing (its own occurrence is the vetoed decision's cause).
     */
    List<Decision> count(Document document, List<Decision> standing, List<Decision> vetoed) {
        Set<String> strongCategories = new HashSet<>();
        Map<String, List<Occurrence>> strongByCategory = null;
        Map<String, List<Occurrence>> namedByCategory = null;
        for (Decision decision : standing) {
            GoodsHit hit = decision.hit();
            if (hit.rule().strength() == Strength.STRONG) {
                strongCategories.add(hit.categoryId());
            } else if (hit.rule().strength() == Strength.REFERS_BACK && strongByCategory == null) {
                strongByCategory = inTextOrder(standing, true);
                namedByCategory = inTextOrder(standing, false);
            }
        }
        List<Decision> counted = new ArrayList<>(standing.size());
        Map<String, List<Occurrence>> otherSenses = null;
        Referent referent = null;
        for (Decision decision : standing) {
            GoodsHit hit = decision.hit();
            Strength strength = hit.rule().strength();
            if (strength == Strength.WEAK && !strongCategories.contains(hit.categoryId())) {
                vetoed.add(new Decision(hit, Verdict.WEAK_WITHOUT_STRONG, null));
            } else if (strength == Strength.REFERS_BACK
                    && document.introducesWhatFollows(hit.occurrence().sentence())) {
                vetoed.add(new Decision(hit, Verdict.WEAK_WITHOUT_STRONG, hit.occurrence()));
            } else if (strength == Strength.REFERS_BACK) {
                // The candidates of one occurrence come together, one per category listing the term.
                if (referent == null || referent.term() != hit.occurrence()) {
                    referent = referent(hit, strongByCategory, namedByCategory);
                }
                Occurrence own = referent.own(hit);
                if (own != null) {
                    if (otherSenses == null) {
                        otherSenses = otherSensesInTextOrder(vetoed);
                    }
                    Occurrence between = lastBefore(otherSenses.get(hit.categoryId()), hit.occurrence());
                    if (between != null && between.first() > own.first()) {
                        vetoed.add(new Decision(hit, Verdict.WEAK_WITHOUT_STRONG, between));
                        continue;
                    }
                    counted.add(new Decision(hit, Verdict.ACCEPTED, own));
                } else {
                    vetoed.add(new Decision(hit, Verdict.WEAK_WITHOUT_STRONG, referent.nearest()));
                }
            } else {
                counted.add(decision);
            }
        }
        return counted;
    }

    /**
     * The candidates of each category that a not_near word vetoed (the word in another sense: "a
     * vessel" beside a tanker), in text order. A refers_back term after one of them refers to it, not
     * to the strong match before it: "a tanker lying alongside a vessel ... The two vessels".
     */
    private static Map<String, List<Occurrence>> otherSensesInTextOrder(List<Decision> vetoed) {
        Map<String, List<Occurrence>> byCategory = new HashMap<>();
        for (Decision decision : vetoed) {
            if (decision.verdict() == Verdict.NOT_NEAR
                    && decision.cause() != null
                    && !decision.cause().encloses(decision.hit().occurrence())) {
                byCategory
                        .computeIfAbsent(decision.hit().categoryId(), id -> new ArrayList<>())
                        .add(decision.hit().occurrence());
            }
        }
        byCategory.values().forEach(list -> list.sort(Comparator.comparingInt(Occurrence::first)));
        return byCategory;
    }

    /**
     * The standing candidates of each category, in text order: the strong ones only, or the weak ones
     * too (the words that name goods; a refers_back term only points to them).
     */
    private static Map<String, List<Occurrence>> inTextOrder(List<Decision> standing, boolean strongOnly) {
        Map<String, List<Occurrence>> byCategory = new HashMap<>();
        for (Decision decision : standing) {
            Strength strength = decision.hit().rule().strength();
            if (strength == Strength.STRONG || !strongOnly && strength == Strength.WEAK) {
                byCategory
                        .computeIfAbsent(decision.hit().categoryId(), id -> new ArrayList<>())
                        .add(decision.hit().occurrence());
            }
        }
        byCategory.values().forEach(list -> list.sort(Comparator.comparingInt(Occurrence::first)));
        return byCategory;
    }

    /**
     * The goods a refers_back term points to, among those of the categories that list the term as
     * refers_back: when its own sentence names such goods, those named before it there (none when
     * they come after it: "the shipments also held bone china" after a sentence about rugs is not
     * rugs, and adds nothing to the china); else those of the sentence of the nearest strong match
     * before it. {@code nearest} is the explanation's cause: that match, or the first such goods of
     * its own sentence; {@code sentence} is -1 when there are none.
     */
    private Referent referent(
            GoodsHit hit,
            Map<String, List<Occurrence>> strongByCategory,
            Map<String, List<Occurrence>> namedByCategory) {
        Occurrence term = hit.occurrence();
        Occurrence nearest = null;
        Occurrence alongside = null;
        for (CompiledRules.CompiledRule rule : rules.roles(term.phraseId()).termOf()) {
            if (rule.ruleSet() == hit.rule().ruleSet() && rule.strength() == Strength.REFERS_BACK) {
                Occurrence before = lastBefore(strongByCategory.get(rule.categoryId()), term);
                if (before != null && (nearest == null || before.first() > nearest.first())) {
                    nearest = before;
                }
                Occurrence named = otherInSentence(namedByCategory.get(rule.categoryId()), term);
                if (named != null && (alongside == null || named.first() < alongside.first())) {
                    alongside = named;
                }
            }
        }
        if (alongside != null) {
            return new Referent(term, term.sentence(), alongside, strongByCategory);
        }
        return new Referent(term, nearest == null ? -1 : nearest.sentence(), nearest, strongByCategory);
    }

    /**
     * The sentence whose goods a refers_back term names, and the nearest strong match before it. The
     * term counts for its category when that sentence names goods of it and is at most its rule's
     * reaches_back sentences before the term.
     */
    private record Referent(
            Occurrence term, int sentence, Occurrence nearest, Map<String, List<Occurrence>> strongByCategory) {

        /** The first strong match of the hit's category in the referent sentence, or null when the term does not count. */
        Occurrence own(GoodsHit hit) {
            if (sentence < 0
                    || hit.occurrence().sentence() - sentence > hit.rule().reachesBack()) {
                return null;
            }
            Occurrence own = inSentence(strongByCategory.get(hit.categoryId()), sentence);
            // In its own sentence it refers back only: "a gold Rolex on his wrist", not "the goods ranged from
            // limousines".
            return own == null || own.first() >= term.first() ? null : own;
        }
    }

    /** The first of {@code sorted} in the sentence of {@code term} that is not on its words, or null. */
    private static Occurrence otherInSentence(List<Occurrence> sorted, Occurrence term) {
        for (int i = firstInSentence(sorted, term.sentence());
                i >= 0 && i < sorted.size() && sorted.get(i).sentence() == term.sentence();
                i++) {
            if (!sorted.get(i).sameSpan(term)) {
                return sorted.get(i);
            }
        }
        return null;
    }

    /** The first of {@code sorted} in sentence {@code sentence}, or null. */
    private static Occurrence inSentence(List<Occurrence> sorted, int sentence) {
        int index = firstInSentence(sorted, sentence);
        return index < 0 ? null : sorted.get(index);
    }

    /** The index of the first of {@code sorted} in sentence {@code sentence}, or -1. */
    private static int firstInSentence(List<Occurrence> sorted, int sentence) {
        if (sorted == null) {
            return -1;
        }
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).sentence() < sentence) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < sorted.size() && sorted.get(low).sentence() == sentence ? low : -1;
    }

    /** The last of {@code sorted} that starts before {@code term}, or null. */
    private static Occurrence lastBefore(List<Occurrence> sorted, Occurrence term) {
        if (sorted == null) {
            return null;
        }
        int index = MatchDecider.firstStartingAtOrAfter(sorted, term.first()) - 1;
        return index < 0 ? null : sorted.get(index);
    }
}
