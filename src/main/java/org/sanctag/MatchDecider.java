package org.sanctag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sanctag.rules.Strength;

/**
 * Decides which term occurrences stand, in the order {@code rules/README.md} documents: exclusions,
 * then the word before (after), then near / not_near context, then weak terms, then the longest of
 * overlapping matches. Every candidate gets a {@link Decision}, so a user can be shown why a word
 * was or was not counted.
 */
final class MatchDecider {

    private final CompiledRules rules;

    MatchDecider(CompiledRules rules) {
        this.rules = rules;
    }

    /**
     * The verdict on every candidate among {@code occurrences} (which come grouped by sentence), in
     * text order; the accepted ones are the goods matches.
     */
    List<Decision> decide(Document document, List<Occurrence> occurrences) {
        List<List<Occurrence>> bySentence = groupBySentence(occurrences);
        List<Decision> decisions = new ArrayList<>();
        List<Decision> standing = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            for (CompiledRules.CompiledRule rule :
                    rules.roles(occurrence.phraseId()).termOf()) {
                Decision decision =
                        inContext(new GoodsHit(rule, occurrence), document, bySentence.get(occurrence.sentence()));
                (decision.accepted() ? standing : decisions).add(decision);
            }
        }
        Set<String> strongCategories = new HashSet<>();
        standing.stream()
                .filter(decision -> decision.hit().rule().strength() == Strength.STRONG)
                .forEach(decision -> strongCategories.add(decision.hit().categoryId()));
        List<Decision> counted = new ArrayList<>();
        for (Decision decision : standing) {
            GoodsHit hit = decision.hit();
            if (hit.rule().strength() == Strength.WEAK && !strongCategories.contains(hit.categoryId())) {
                decisions.add(new Decision(hit, Verdict.WEAK_WITHOUT_STRONG, null));
            } else {
                counted.add(decision);
            }
        }
        List<Decision> kept = longestFirst(counted, decision -> decision.hit().occurrence());
        decisions.addAll(kept);
        if (kept.size() < counted.size()) {
            Set<Decision> keptSet = Collections.newSetFromMap(new IdentityHashMap<>());
            keptSet.addAll(kept);
            for (Decision decision : counted) {
                if (!keptSet.contains(decision)) {
                    decisions.add(new Decision(decision.hit(), Verdict.OVERLAPPED, longerMatch(kept, decision)));
                }
            }
        }
        decisions.sort(Comparator.comparingInt(
                        (Decision decision) -> decision.hit().occurrence().first())
                .thenComparingInt(decision -> -decision.hit().occurrence().end()));
        return decisions;
    }

    /**
     * The kept match that overlaps a losing one. Kept matches do not overlap one another (but for
     * equal spans), so in text order their ends ascend too, and the first whose end passes the
     * loser's first word is the one.
     */
    private static Occurrence longerMatch(List<Decision> kept, Decision loser) {
        Occurrence occurrence = loser.hit().occurrence();
        int low = 0;
        int high = kept.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (kept.get(middle).hit().occurrence().end() <= occurrence.first()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return kept.get(low).hit().occurrence();
    }

    /** The hit's exclusions and context checks: accepted (with the near word that allowed it), or vetoed. */
    private Decision inContext(GoodsHit hit, Document document, List<Occurrence> sentence) {
        Occurrence term = hit.occurrence();
        CompiledRules.CompiledRule rule = hit.rule();
        Occurrence exclusion = firstWithin(
                term,
                0,
                sentence,
                other -> rules.roles(other.phraseId()).vetoedCategories().contains(hit.categoryId()));
        if (exclusion != null) {
            return new Decision(hit, Verdict.EXCLUDED, exclusion);
        }
        if (rule.after().length > 0 && !precededByAny(document, term, rule.after())) {
            return new Decision(hit, Verdict.NOT_AFTER, null);
        }
        int within = rule.within();
        Occurrence nearWord = null;
        if (rule.needsNear()) {
            nearWord = firstWithin(term, within, sentence, other -> rule.isNear(other.phraseId()));
            if (nearWord == null) {
                return new Decision(hit, Verdict.NO_NEAR_CONTEXT, null);
            }
        }
        if (rule.hasNotNear()) {
            Occurrence notNearWord = firstWithin(term, within, sentence, other -> rule.isNotNear(other.phraseId()));
            if (notNearWord != null) {
                return new Decision(hit, Verdict.NOT_NEAR, notNearWord);
            }
        }
        return new Decision(hit, Verdict.ACCEPTED, nearWord);
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

    /** Each sentence's occurrences, as views of the list, which comes ordered by sentence. */
    private static List<List<Occurrence>> groupBySentence(List<Occurrence> occurrences) {
        List<List<Occurrence>> bySentence = new ArrayList<>();
        if (occurrences.isEmpty()) {
            return bySentence;
        }
        int start = 0;
        for (int i = 0; i <= occurrences.size(); i++) {
            if (i == occurrences.size()
                    || occurrences.get(i).sentence() != occurrences.get(start).sentence()) {
                List<Occurrence> sentence = occurrences.subList(start, i);
                while (bySentence.size() < occurrences.get(start).sentence()) {
                    bySentence.add(List.of());
                }
                bySentence.add(sentence);
                start = i;
            }
        }
        return bySentence;
    }

    /**
     * Of overlapping items, keeps the longest (the earliest among equals); items with exactly the
     * same span are all kept, since one phrase can name goods of two categories. Returned in text order.
     * Items are handled in clusters of chained overlaps, which are nearly all a single item.
     */
    static <T> List<T> longestFirst(List<T> items, Function<T, Occurrence> span) {
        List<T> inOrder = new ArrayList<>(items);
        inOrder.sort(Comparator.comparingInt(item -> span.apply(item).first()));
        List<T> kept = new ArrayList<>(inOrder.size());
        int clusterStart = 0;
        while (clusterStart < inOrder.size()) {
            int clusterEnd = clusterStart + 1;
            int reach = span.apply(inOrder.get(clusterStart)).end();
            while (clusterEnd < inOrder.size()
                    && span.apply(inOrder.get(clusterEnd)).first() < reach) {
                reach = Math.max(reach, span.apply(inOrder.get(clusterEnd)).end());
                clusterEnd++;
            }
            if (clusterEnd == clusterStart + 1) {
                kept.add(inOrder.get(clusterStart));
            } else {
                kept.addAll(longestOfCluster(inOrder.subList(clusterStart, clusterEnd), span));
            }
            clusterStart = clusterEnd;
        }
        return kept;
    }

    private static <T> List<T> longestOfCluster(List<T> cluster, Function<T, Occurrence> span) {
        int firstWord = span.apply(cluster.get(0)).first();
        int lastWord =
                cluster.stream().mapToInt(item -> span.apply(item).end()).max().orElseThrow();
        List<T> byLength = new ArrayList<>(cluster);
        byLength.sort(Comparator.<T>comparingInt(item -> -span.apply(item).length())
                .thenComparingInt(item -> span.apply(item).first()));
        Occurrence[] claimedBy = new Occurrence[lastWord - firstWord];
        List<T> kept = new ArrayList<>();
        for (T item : byLength) {
            Occurrence candidate = span.apply(item);
            boolean free = true;
            for (int word = candidate.first(); word < candidate.end() && free; word++) {
                Occurrence claim = claimedBy[word - firstWord];
                free = claim == null || claim.sameSpan(candidate);
            }
            if (free) {
                for (int word = candidate.first(); word < candidate.end(); word++) {
                    claimedBy[word - firstWord] = candidate;
                }
                kept.add(item);
            }
        }
        kept.sort(Comparator.comparingInt(item -> span.apply(item).first()));
        return kept;
    }
}
