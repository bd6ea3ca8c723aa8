package org.sanctag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.result.CategorySummary;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetSummary.CategoryInfo;
import org.sanctag.result.SignalMatch;

/**
 * Builds the answer's passages from the accepted goods hits: one passage per sentence with a hit,
 * in text order, with its matches, signals and relevance, and the per-category summaries.
 */
final class Passages {

    /**
     * The passages of one document and what they add up to; {@code truncated} when the match limit
     * cut them short ({@code highest} still covers every sentence with goods).
     */
    record Built(List<Passage> passages, List<CategorySummary> categories, Relevance highest, boolean truncated) {}

    private final Map<String, CategoryInfo> categories;
    private final int maxMatches;

    Passages(List<CategoryInfo> categories, int maxMatches) {
        this.maxMatches = maxMatches;
        Map<String, CategoryInfo> byId = new LinkedHashMap<>();
        categories.forEach(category -> byId.put(category.id(), category));
        this.categories = Map.copyOf(byId);
    }

    /** The passages of the sentences that hold {@code goods}, which come in text order. */
    Built build(List<GoodsHit> goods, Signals signals, ReportedSpans spans) {
        Map<Integer, List<GoodsHit>> bySentence = new LinkedHashMap<>();
        goods.forEach(hit -> bySentence
                .computeIfAbsent(hit.occurrence().sentence(), s -> new ArrayList<>())
                .add(hit));
        List<Passage> passages = new ArrayList<>(Math.min(bySentence.size(), maxMatches));
        Map<String, Integer> passagesPerCategory = new LinkedHashMap<>();
        Relevance highest = Relevance.NONE;
        int matchesLeft = maxMatches;
        boolean truncated = false;
        for (Map.Entry<Integer, List<GoodsHit>> sentence : bySentence.entrySet()) {
            Relevance relevance = signals.relevanceOf(sentence.getKey());
            highest = relevance.compareTo(highest) > 0 ? relevance : highest;
            if (matchesLeft == 0) {
                truncated = true;
                continue;
            }
            List<GoodsMatch> matches = matches(sentence.getValue(), spans, matchesLeft);
            truncated |= matches.size() > matchesLeft;
            matches = matches.subList(0, Math.min(matches.size(), matchesLeft));
            matchesLeft -= matches.size();
            Passage passage = passage(sentence.getKey(), matches, signals, spans);
            passages.add(passage);
            passage.categories().forEach(id -> passagesPerCategory.merge(id, 1, Integer::sum));
        }
        List<CategorySummary> summaries = new ArrayList<>(passagesPerCategory.size());
        passagesPerCategory.forEach((id, count) -> {
            CategoryInfo category = categories.get(id);
            summaries.add(new CategorySummary(id, category.name(), category.basis(), count));
        });
        return new Built(passages, summaries, highest, truncated);
    }

    /**
     * A sentence's distinct matches, one more than {@code limit} at most, so the caller can tell
     * that the limit cut them.
     */
    private static List<GoodsMatch> matches(List<GoodsHit> hits, ReportedSpans spans, int limit) {
        List<GoodsMatch> matches = new ArrayList<>(Math.min(hits.size(), limit + 1));
        for (GoodsHit hit : hits) {
            if (matches.size() > limit) {
                break;
            }
            ReportedSpans.Reported span = spans.of(hit.occurrence());
            if (!alreadyMatched(matches, span, hit.categoryId())) {
                matches.add(new GoodsMatch(
                        span.start(),
                        span.end(),
                        span.text(),
                        hit.categoryId(),
                        hit.rule().id()));
            }
        }
        return matches;
    }

    private static Passage passage(int sentence, List<GoodsMatch> matches, Signals signals, ReportedSpans spans) {
        Set<String> categoryIds = new LinkedHashSet<>();
        matches.forEach(match -> categoryIds.add(match.category()));
        List<SignalMatch> signalMatches = new ArrayList<>();
        for (Signals.SignalHit signal : signals.in(sentence)) {
            ReportedSpans.Reported span = spans.of(signal.occurrence());
            signalMatches.add(new SignalMatch(span.start(), span.end(), span.text(), signal.kind()));
        }
        ReportedSpans.Reported bounds = spans.sentence(sentence);
        return new Passage(
                bounds.start(),
                bounds.end(),
                bounds.text(),
                signals.relevanceOf(sentence),
                List.copyOf(categoryIds),
                matches,
                signalMatches);
    }

    /**
     * Whether the span is already a match of the category (two rules of one category can accept it).
     * Hits come in text order, so only the latest matches, those that start where it does, can be.
     */
    private static boolean alreadyMatched(List<GoodsMatch> matches, ReportedSpans.Reported span, String categoryId) {
        for (int i = matches.size() - 1; i >= 0 && matches.get(i).start() == span.start(); i--) {
            GoodsMatch match = matches.get(i);
            if (match.end() == span.end() && match.category().equals(categoryId)) {
                return true;
            }
        }
        return false;
    }
}
