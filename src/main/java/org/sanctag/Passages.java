package org.sanctag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.result.CategorySummary;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.result.RuleSetSummary.CategoryInfo;
import org.sanctag.result.SignalMatch;

/**
 * Builds the answer's passages from the accepted goods hits of the chosen rule sets: one passage
 * per sentence with a hit of any of them, in text order, with its matches, signals and relevance,
 * and the per-category summaries, one per rule set and category.
 */
final class Passages {

    /**
     * The passages of one document and what they add up to; {@code truncated} when the match limit
     * cut them short ({@code highest} still covers every sentence with goods).
     */
    record Built(
            List<Passage> passages,
            List<CategorySummary> categories,
            Relevance highest,
            boolean truncated,
            Map<Integer, PassageValues.Values> valuesBySentence) {

        /** What the sentence states of values, when it is a passage's; null otherwise. */
        PassageValues.Values valuesOf(int sentence) {
            return valuesBySentence.get(sentence);
        }
    }

    /** What one chosen rule set decided in the document: its accepted hits in text order, its signals. */
    record SetAnswer(int set, List<GoodsHit> goods, Signals signals) {}

    /** By rule-set index: its id, and its categories by id. */
    private final List<String> ruleSetIds;

    private final List<Map<String, CategoryInfo>> categories;
    /** By rule-set index: the value thresholds of its categories that have one, by category id. */
    private final List<Map<String, PassageValues.CategoryThreshold>> thresholds;

    private final NumberOpenings numberOpenings;
    private final int maxMatches;

    Passages(
            List<RuleSetSummary> ruleSets,
            List<Map<String, PassageValues.CategoryThreshold>> thresholds,
            NumberOpenings numberOpenings,
            int maxMatches) {
        this.numberOpenings = numberOpenings;
        this.maxMatches = maxMatches;
        this.thresholds = List.copyOf(thresholds);
        this.ruleSetIds = ruleSets.stream().map(RuleSetSummary::id).toList();
        List<Map<String, CategoryInfo>> byId = new ArrayList<>();
        for (RuleSetSummary ruleSet : ruleSets) {
            Map<String, CategoryInfo> categoriesById = new HashMap<>();
            ruleSet.categories().forEach(category -> categoriesById.put(category.id(), category));
            byId.add(Map.copyOf(categoriesById));
        }
        this.categories = List.copyOf(byId);
    }

    /**
     * The passages of the sentences that hold goods of any of {@code answers}, which come in the
     * order the sets were chosen; matches of equal span keep that order.
     */
    Built build(Document document, List<SetAnswer> answers, ReportedSpans spans) {
        Signals[] signalsOf = new Signals[ruleSetIds.size()];
        int[] rank = new int[ruleSetIds.size()];
        List<GoodsHit> goods = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            SetAnswer answer = answers.get(i);
            signalsOf[answer.set()] = answer.signals();
            rank[answer.set()] = i;
            goods.addAll(answer.goods());
        }
        if (answers.size() > 1) {
            goods.sort(
                    Comparator.comparingInt((GoodsHit hit) -> hit.occurrence().first())
                            .thenComparingInt(hit -> -hit.occurrence().end()));
        }
        Map<Integer, List<GoodsHit>> bySentence = new LinkedHashMap<>();
        goods.forEach(hit -> bySentence
                .computeIfAbsent(hit.occurrence().sentence(), s -> new ArrayList<>())
                .add(hit));
        List<Passage> passages = new ArrayList<>(Math.min(bySentence.size(), maxMatches));
        /* Per chosen set (in the order chosen), its categories in order of first passage, and how many. */
        List<Map<String, Integer>> passagesPerCategory = new ArrayList<>();
        answers.forEach(answer -> passagesPerCategory.add(new LinkedHashMap<>()));
        Relevance highest = Relevance.NONE;
        int matchesLeft = maxMatches;
        boolean truncated = false;
        Map<Integer, PassageValues.Values> valuesBySentence = new HashMap<>();
        for (Map.Entry<Integer, List<GoodsHit>> sentence : bySentence.entrySet()) {
            /* Read over every hit of the sentence, so the match limit never changes a relevance. */
            PassageValues.Values values = PassageValues.of(
                    document, sentence.getKey(), sentence.getValue(), this::thresholdOf, numberOpenings, spans);
            Relevance relevance = values.applyTo(relevanceOf(sentence.getKey(), sentence.getValue(), signalsOf));
            highest = relevance.compareTo(highest) > 0 ? relevance : highest;
            if (matchesLeft == 0) {
                truncated = true;
                continue;
            }
            List<GoodsHit> hits = matches(sentence.getValue(), spans, matchesLeft);
            truncated |= hits.size() > matchesLeft;
            hits = hits.subList(0, Math.min(hits.size(), matchesLeft));
            matchesLeft -= hits.size();
            valuesBySentence.put(sentence.getKey(), values);
            passages.add(passage(sentence.getKey(), hits, relevance, values, signalsOf, rank, spans));
            Set<Integer> counted = new LinkedHashSet<>();
            for (GoodsHit hit : hits) {
                if (counted.add(hit.rule().category())) {
                    passagesPerCategory.get(rank[hit.rule().ruleSet()]).merge(hit.categoryId(), 1, Integer::sum);
                }
            }
        }
        List<CategorySummary> summaries = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            int set = answers.get(i).set();
            passagesPerCategory.get(i).forEach((id, count) -> {
                CategoryInfo category = categories.get(set).get(id);
                summaries.add(new CategorySummary(id, ruleSetIds.get(set), category.name(), category.basis(), count));
            });
        }
        return new Built(passages, summaries, highest, truncated, Map.copyOf(valuesBySentence));
    }

    /** The value threshold of the hit's category in its rule set, or null when its list sets none. */
    private PassageValues.CategoryThreshold thresholdOf(GoodsHit hit) {
        return thresholds.get(hit.rule().ruleSet()).get(hit.categoryId());
    }

    /** The highest relevance the sentence has for a set with goods in it. */
    private static Relevance relevanceOf(int sentence, List<GoodsHit> hits, Signals[] signalsOf) {
        Relevance highest = Relevance.NONE;
        int lastSet = -1;
        for (GoodsHit hit : hits) {
            int set = hit.rule().ruleSet();
            if (set != lastSet) {
                Relevance relevance = signalsOf[set].relevanceOf(sentence);
                highest = relevance.compareTo(highest) > 0 ? relevance : highest;
                lastSet = set;
            }
        }
        return highest;
    }

    /**
     * A sentence's distinct hits (one per span, category and set), one more than {@code limit} at
     * most, so the caller can tell that the limit cut them.
     */
    private static List<GoodsHit> matches(List<GoodsHit> hits, ReportedSpans spans, int limit) {
        List<GoodsHit> distinct = new ArrayList<>(Math.min(hits.size(), limit + 1));
        for (GoodsHit hit : hits) {
            if (distinct.size() > limit) {
                break;
            }
            if (!alreadyMatched(distinct, hit)) {
                distinct.add(hit);
            }
        }
        return distinct;
    }

    private Passage passage(
            int sentence,
            List<GoodsHit> hits,
            Relevance relevance,
            PassageValues.Values values,
            Signals[] signalsOf,
            int[] rank,
            ReportedSpans spans) {
        Set<String> categoryIds = new LinkedHashSet<>();
        boolean[] answering = new boolean[rank.length];
        List<GoodsMatch> matches = new ArrayList<>(hits.size());
        for (GoodsHit hit : hits) {
            ReportedSpans.Reported span = spans.of(hit.occurrence());
            int set = hit.rule().ruleSet();
            matches.add(new GoodsMatch(
                    span.start(),
                    span.end(),
                    span.text(),
                    ruleSetIds.get(set),
                    hit.categoryId(),
                    hit.rule().id()));
            categoryIds.add(hit.categoryId());
            answering[set] = true;
        }
        List<Integer> sets = new ArrayList<>();
        for (int set = 0; set < answering.length; set++) {
            if (answering[set]) {
                sets.add(set);
            }
        }
        sets.sort(Comparator.comparingInt(set -> rank[set]));
        List<SignalMatch> signalMatches = signals(sentence, sets, signalsOf, spans);
        ReportedSpans.Reported bounds = spans.sentence(sentence);
        return new Passage(
                bounds.start(),
                bounds.end(),
                bounds.text(),
                relevance,
                sets.stream().map(ruleSetIds::get).toList(),
                List.copyOf(categoryIds),
                matches,
                signalMatches,
                values.amounts(),
                values.thresholds());
    }

    /** The signals in the sentence of the sets that answer in it, each span and kind once, in text order. */
    private static List<SignalMatch> signals(
            int sentence, List<Integer> sets, Signals[] signalsOf, ReportedSpans spans) {
        if (sets.size() == 1) {
            return signalMatches(signalsOf[sets.get(0)].in(sentence), spans);
        }
        List<Signals.SignalHit> all = new ArrayList<>();
        Set<List<Object>> seen = new LinkedHashSet<>();
        for (int set : sets) {
            for (Signals.SignalHit hit : signalsOf[set].in(sentence)) {
                if (seen.add(List.of(
                        hit.kind(), hit.occurrence().first(), hit.occurrence().end()))) {
                    all.add(hit);
                }
            }
        }
        all.sort(Comparator.comparingInt(hit -> hit.occurrence().first()));
        return signalMatches(all, spans);
    }

    private static List<SignalMatch> signalMatches(List<Signals.SignalHit> hits, ReportedSpans spans) {
        List<SignalMatch> matches = new ArrayList<>(hits.size());
        for (Signals.SignalHit signal : hits) {
            ReportedSpans.Reported span = spans.of(signal.occurrence());
            matches.add(new SignalMatch(span.start(), span.end(), span.text(), signal.kind()));
        }
        return matches;
    }

    /**
     * Whether the span is already a match of the category in the same set (two rules of one
     * category can accept it). Hits come in text order, so only the latest, those that start where
     * it does, can be.
     */
    private static boolean alreadyMatched(List<GoodsHit> matches, GoodsHit hit) {
        Occurrence occurrence = hit.occurrence();
        for (int i = matches.size() - 1; i >= 0 && matches.get(i).occurrence().first() == occurrence.first(); i--) {
            GoodsHit match = matches.get(i);
            if (match.occurrence().end() == occurrence.end()
                    && match.rule().category() == hit.rule().category()) {
                return true;
            }
        }
        return false;
    }
}
