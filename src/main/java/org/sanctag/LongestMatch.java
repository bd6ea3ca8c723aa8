package org.sanctag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Longest match: of overlapping occurrences, the longest wins; used for goods terms and signals alike. */
final class LongestMatch {

    private LongestMatch() {}

    /**
     * Of overlapping items, keeps the longest (the earliest among equals); items with exactly the
     * same span are all kept, since one phrase can name goods of two categories. Returned in text order.
     * Items are handled in clusters of chained overlaps, which are nearly all a single item.
     */
    static <T> List<T> keep(List<T> items, Function<T, Occurrence> span) {
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
