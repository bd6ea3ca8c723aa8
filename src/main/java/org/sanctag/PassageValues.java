package org.sanctag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sanctag.amounts.Amount;
import org.sanctag.amounts.AmountFinder;
import org.sanctag.amounts.Threshold;
import org.sanctag.result.AmountKind;
import org.sanctag.result.Relevance;
import org.sanctag.result.StatedAmount;
import org.sanctag.result.ThresholdCheck;
import org.sanctag.result.ThresholdOutcome;
import org.sanctag.text.Span;

/**
 * The values and quantities a passage states for its goods: every sum of money in the sentence,
 * the counts that stand by one of its goods matches ("22 used upright pianos", "마이바흐 2대"), and,
 * for each matched category with a value threshold, how the money compares with it. Only passages
 * are read, so a document without goods costs nothing here.
 */
final class PassageValues {

    /** A category's threshold, with the rule set and category it belongs to. */
    record CategoryThreshold(String ruleset, String category, Threshold threshold) {}

    /**
     * What a passage states: its amounts, its threshold checks, and, when every category it matches
     * has a threshold its stated value is not above, the reason its relevance is lowered (else null).
     */
    record Values(List<StatedAmount> amounts, List<ThresholdCheck> thresholds, String lowered) {

        /** The relevance of the sentence, one step lower when a stated value is below every threshold. */
        Relevance applyTo(Relevance relevance) {
            if (lowered == null) {
                return relevance;
            }
            return switch (relevance) {
                case HIGH -> Relevance.MEDIUM;
                case MEDIUM, LOW -> Relevance.LOW;
                case NONE -> Relevance.NONE;
            };
        }
    }

    private PassageValues() {}

    /**
     * The values of {@code sentence} for its accepted {@code hits}; {@code thresholdOf} gives the
     * threshold of a hit's category, or null when it has none.
     */
    static Values of(
            Document document,
            int sentence,
            List<GoodsHit> hits,
            Function<GoodsHit, CategoryThreshold> thresholdOf,
            ReportedSpans spans) {
        Span bounds = document.sentence(sentence);
        List<Amount> found = AmountFinder.find(document.text(), bounds.start(), bounds.end());
        List<Span> goods = new ArrayList<>(hits.size());
        hits.forEach(hit -> goods.add(document.originalSpan(hit.occurrence())));
        List<StatedAmount> amounts = new ArrayList<>(found.size());
        List<Amount> money = new ArrayList<>();
        for (Amount amount : found) {
            if (amount.kind() == Amount.Kind.MONEY) {
                money.add(amount);
                ReportedSpans.Reported span = spans.of(amount.span());
                amounts.add(new StatedAmount(
                        span.start(),
                        span.end(),
                        span.text(),
                        AmountKind.MONEY,
                        amount.value(),
                        false,
                        amount.currency(),
                        null));
            } else {
                StatedAmount count = count(document, amount, goods, spans);
                if (count != null) {
                    amounts.add(count);
                }
            }
        }
        List<ThresholdCheck> thresholds = thresholds(hits, thresholdOf, money);
        boolean everyCategoryBelow = !thresholds.isEmpty()
                && hits.stream().allMatch(hit -> thresholdOf.apply(hit) != null)
                && thresholds.stream().allMatch(check -> check.outcome() == ThresholdOutcome.BELOW);
        return new Values(
                List.copyOf(amounts),
                thresholds,
                everyCategoryBelow ? loweredBecause(thresholds, money, document) : null);
    }

    /** "the stated value 'US$1,500' is not above USD 2,000, the threshold of 'snowmobiles'". */
    private static String loweredBecause(List<ThresholdCheck> thresholds, List<Amount> money, Document document) {
        List<String> values = money.stream()
                .map(amount -> "'" + document.text().substring(amount.start(), amount.end()) + "'")
                .toList();
        List<String> limits = thresholds.stream()
                .map(check -> check.currency() + " " + check.above().toPlainString() + ", the threshold of '"
                        + check.category() + "'")
                .toList();
        return "lowered one step: the stated value " + String.join(" and ", values) + " is not above "
                + String.join("; nor above ", limits);
    }

    /** A count that stands by goods of the passage, spanning them; null when it counts no goods. */
    private static StatedAmount count(Document document, Amount amount, List<Span> goods, ReportedSpans spans) {
        Span counted = amount.counted();
        int start = amount.start();
        int end = amount.end();
        Span last = null;
        for (Span good : goods) {
            if (good.start() >= counted.start() && good.end() <= counted.end()) {
                start = Math.min(start, good.start());
                end = Math.max(end, good.end());
                last = last == null || good.end() > last.end() ? good : last;
            }
        }
        if (last == null) {
            return null; // "3 times", "two men": no goods in reach
        }
        Span unit = amount.unit() != null ? amount.unit() : last;
        ReportedSpans.Reported span = spans.of(new Span(start, end));
        return new StatedAmount(
                span.start(),
                span.end(),
                span.text(),
                AmountKind.COUNT,
                amount.value(),
                amount.approximate(),
                null,
                document.text().substring(unit.start(), unit.end()));
    }

    private static List<ThresholdCheck> thresholds(
            List<GoodsHit> hits, Function<GoodsHit, CategoryThreshold> thresholdOf, List<Amount> money) {
        Map<List<String>, ThresholdCheck> checks = new LinkedHashMap<>();
        for (GoodsHit hit : hits) {
            CategoryThreshold stated = thresholdOf.apply(hit);
            if (stated == null) {
                continue;
            }
            checks.computeIfAbsent(List.of(stated.ruleset(), stated.category()), key -> {
                Threshold threshold = stated.threshold();
                ThresholdOutcome outcome =
                        ThresholdOutcome.valueOf(threshold.compare(money).name());
                return new ThresholdCheck(
                        stated.ruleset(), stated.category(), outcome, threshold.amount(), threshold.currency());
            });
        }
        return List.copyOf(checks.values());
    }
}
