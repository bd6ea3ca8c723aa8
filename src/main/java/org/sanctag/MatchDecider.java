package org.sanctag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
        boolean excluded = sentence.stream().anyMatch(other -> other.overlaps(term)
                && rules.roles(other.phraseId()).vetoedCategories().contains(hit.categoryId()));
        if (excluded) {
            return true;
        }
        int within = rule.rule().within();
        if (!rule.near().isEmpty() && !anyWithin(term, rule.near(), within, sentence)) {
            return true;
        }
        return anyWithin(term, rule.notNear(), within, sentence);
    }

    private static boolean anyWithin(Occurrence term, Set<Integer> phrases, int within, List<Occurrence> sentence) {
        if (phrases.isEmpty()) {
            return false;
        }
        return sentence.stream().anyMatch(other -> other != term
                && phrases.contains(other.phraseId())
                && term.distanceTo(other) <= within);
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
