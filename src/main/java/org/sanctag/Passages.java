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

    /** The passages of one document and what they add up to. */
    record Built(List<Passage> passages, List<CategorySummary> categories, Relevance highest) {}

    private final Map<String, CategoryInfo> categories;

    Passages(List<CategoryInfo> categories) {
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
        List<Passage> passages = new ArrayList<>(bySentence.size());
        Map<String, Integer> passagesPerCategory = new LinkedHashMap<>();
        Relevance highest = Relevance.NONE;
        for (Map.Entry<Integer, List<GoodsHit>> sentence : bySentence.entrySet()) {
            Passage passage = passage(sentence.getKey(), sentence.getValue(), signals, spans);
            passages.add(passage);
            passage.categories().forEach(id -> passagesPerCategory.merge(id, 1, Integer::sum));
            highest = passage.relevance().compareTo(highest) > 0 ? passage.relevance() : highest;
        }
        List<CategorySummary> summaries = new ArrayList<>(passagesPerCategory.size());
        passagesPerCategory.forEach((id, count) -> {
            CategoryInfo category = categories.get(id);
            summaries.add(new CategorySummary(id, category.name(), category.basis(), count));
        });
        return new Built(passages, summaries, highest);
    }

    private static Passage passage(int sentence, List<GoodsHit> hits, Signals signals, ReportedSpans spans) {
        Set<String> categoryIds = new LinkedHashSet<>();
        List<GoodsMatch> matches = new ArrayList<>(hits.size());
        for (GoodsHit hit : hits) {
            ReportedSpans.Reported span = spans.of(hit.occurrence());
            if (!alreadyMatched(matches, span, hit.categoryId())) {
                categoryIds.add(hit.categoryId());
                matches.add(new GoodsMatch(
                        span.start(),
                        span.end(),
                        span.text(),
                        hit.categoryId(),
                        hit.rule().id()));
            }
        }
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
