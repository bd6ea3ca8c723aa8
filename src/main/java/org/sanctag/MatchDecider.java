package org.sanctag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sanctag.rules.Strength;

/**
 * Decides which term occurrences stand, in the order {@code rules/README.md} documents: exclusions,
 * then near / not_near context, then weak terms, then the longest of overlapping matches.
 */
final class MatchDecider {

    private final CompiledRules rules;

    MatchDecider(CompiledRules rules) {
        this.rules = rules;
    }

    /** The accepted goods matches among {@code occurrences}, which come grouped by sentence. */
    List<GoodsHit> decide(List<Occurrence> occurrences, int wordCount) {
        List<List<Occurrence>> bySentence = groupBySentence(occurrences);
        List<GoodsHit> standing = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            for (CompiledRules.CompiledRule rule : rules.roles(occurrence.phraseId()).termOf()) {
                GoodsHit hit = new GoodsHit(rule, occurrence);
                if (!vetoed(hit, bySentence.get(occurrence.sentence()))) {
                    standing.add(hit);
                }
            }
        }
        Set<String> strongCategories = new HashSet<>();
        standing.stream()
                .filter(hit -> hit.rule().rule().strength() == Strength.STRONG)
                .forEach(hit -> strongCategories.add(hit.categoryId()));
        standing.removeIf(hit -> hit.rule().rule().strength() == Strength.WEAK
                && !strongCategories.contains(hit.categoryId()));
        return longestFirst(standing, GoodsHit::occurrence, wordCount);
    }

    private boolean vetoed(GoodsHit hit, List<Occurrence> sentence) {
        Occurrence term = hit.occurrence();
        CompiledRules.CompiledRule rule = hit.rule();
        boolean excluded = anyWithin(term, 0, sentence,
                other -> rules.roles(other.phraseId()).vetoedCategories().contains(hit.categoryId()));
        if (excluded) {
            return true;
        }
        int within = rule.rule().within();
        if (!rule.near().isEmpty() && !anyWithin(term, within, sentence, other -> rule.near().contains(other.phraseId()))) {
            return true;
        }
        return !rule.notNear().isEmpty()
                && anyWithin(term, within, sentence, other -> rule.notNear().contains(other.phraseId()));
    }

    /**
     * Whether another occurrence at most {@code within} words from {@code term} (0: overlapping it)
     * passes {@code test}. The sentence's occurrences are ordered by first word, so only the window
     * is looked at: a long sentence full of matches costs no more per term than a short one.
     */
    private boolean anyWithin(Occurrence term, int within, List<Occurrence> sentence, Predicate<Occurrence> test) {
        int windowStart = term.first() - within - rules.longestPhrase();
        int windowEnd = term.end() + within;
        for (int i = firstStartingAtOrAfter(sentence, windowStart); i < sentence.size(); i++) {
            Occurrence other = sentence.get(i);
            if (other.first() >= windowEnd) {
                break;
            }
            if (other != term && term.distanceTo(other) <= within && test.test(other)) {
                return true;
            }
        }
        return false;
    }

    private static int firstStartingAtOrAfter(List<Occurrence> sorted, int word) {
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

    private static List<List<Occurrence>> groupBySentence(List<Occurrence> occurrences) {
        List<List<Occurrence>> bySentence = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            while (bySentence.size() <= occurrence.sentence()) {
                bySentence.add(new ArrayList<>());
            }
            bySentence.get(occurrence.sentence()).add(occurrence);
        }
        return bySentence;
    }

    /**
     * Of overlapping items, keeps the longest (the earliest among equals); items with exactly the
     * same span are all kept, since one phrase can name goods of two categories. Returned in text order.
     */
    static <T> List<T> longestFirst(List<T> items, Function<T, Occurrence> span, int wordCount) {
        List<T> byLength = new ArrayList<>(items);
        byLength.sort(Comparator.<T>comparingInt(item -> -span.apply(item).length())
                .thenComparingInt(item -> span.apply(item).first()));
        Occurrence[] claimedBy = new Occurrence[wordCount];
        List<T> kept = new ArrayList<>();
        for (T item : byLength) {
            Occurrence candidate = span.apply(item);
            boolean free = true;
            for (int word = candidate.first(); word < candidate.end() && free; word++) {
                free = claimedBy[word] == null || claimedBy[word].sameSpan(candidate);
            }
            if (free) {
                for (int word = candidate.first(); word < candidate.end(); word++) {
                    claimedBy[word] = candidate;
                }
                kept.add(item);
            }
        }
        kept.sort(Comparator.comparingInt(item -> span.apply(item).first()));
        return kept;
    }
}
