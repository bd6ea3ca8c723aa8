package org.sanctag;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * for each matched category with a value threshold, how the money said to be worth its goods (the
 * sums nearest to them) compares with it. Only passages are read, so a document without goods
 * costs nothing here.
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
     * threshold of a hit's category, or null when it has none; {@code numberOpenings} tells from the
     * sentence's words where a number in words may start, so the rest of them is not read again.
     */
    static Values of(
            Document document,
            int sentence,
            List<GoodsHit> hits,
            Function<GoodsHit, CategoryThreshold> thresholdOf,
            NumberOpenings numberOpenings,
            ReportedSpans spans) {
        Span bounds = document.sentence(sentence);
        List<Amount> found = AmountFinder.find(
                document.text(), bounds.start(), bounds.end(), document.numberWordStarts(sentence, numberOpenings));
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
        List<List<Amount>> moneyOf = attribute(money, goods);
        Map<List<String>, Checked> checks = thresholds(hits, thresholdOf, moneyOf);
        List<ThresholdCheck> thresholds =
                checks.values().stream().map(Checked::check).toList();
        boolean everyCategoryBelow = !thresholds.isEmpty()
                && hits.stream().allMatch(hit -> thresholdOf.apply(hit) != null)
                && thresholds.stream().allMatch(check -> check.outcome() == ThresholdOutcome.BELOW);
        return new Values(
                List.copyOf(amounts),
                thresholds,
                everyCategoryBelow ? loweredBecause(checks.values(), document) : null);
    }

    /** A threshold check with the money it compared. */
    private record Checked(ThresholdCheck check, List<Amount> money) {}

    /** Goods that start this near after a sum are what it prices: "a $30,000 watch", "a 1,500-dollar rug". */
    private static final int PRICE_BEFORE_GOODS = 2;

    /**
     * The money each hit's goods are said to be worth, as news writes it: a sum right before goods
     * prices them ("a $30,000 watch"); any other sum prices the goods nearest before it ("rugs worth
     * $450 and tableware worth $90": $450 to the rugs), or, with none before it, the goods nearest
     * after it ("$1,500 for a snowmobile"). A sum goes to every hit of those goods' span (two rule
     * sets, one word).
     */
    private static List<List<Amount>> attribute(List<Amount> money, List<Span> goods) {
        List<List<Amount>> moneyOf = new ArrayList<>(goods.size());
        goods.forEach(good -> moneyOf.add(new ArrayList<>()));
        for (Amount amount : money) {
            long nearest = Long.MAX_VALUE;
            for (Span good : goods) {
                nearest = Math.min(nearest, distance(amount.span(), good));
            }
            for (int i = 0; i < goods.size(); i++) {
                if (distance(amount.span(), goods.get(i)) == nearest) {
                    moneyOf.get(i).add(amount);
                }
            }
        }
        return moneyOf;
    }

    /** How far the goods are from what the sum prices, in the order of {@link #attribute}: smaller is nearer. */
    private static long distance(Span amount, Span good) {
        long after = good.start() - amount.end();
        if (after >= 0 && after <= PRICE_BEFORE_GOODS) {
            return after;
        }
        if (good.end() <= amount.start()) {
            return Integer.MAX_VALUE / 2 + amount.start() - good.end(); // after any adjective price
        }
        if (good.start() >= amount.end()) {
            return Integer.MAX_VALUE + after; // after any goods before the sum
        }
        return 0; // a sum inside the goods' words
    }

    /** "the stated value 'US$1,500' is not above USD 2,000, the threshold of 'snowmobiles'". */
    private static String loweredBecause(Collection<Checked> checks, Document document) {
        List<String> reasons = new ArrayList<>(checks.size());
        for (Checked checked : checks) {
            List<String> values = checked.money().stream()
                    .map(amount -> "'" + document.text().substring(amount.start(), amount.end()) + "'")
                    .toList();
            ThresholdCheck check = checked.check();
            reasons.add(String.join(" and ", values) + " is not above " + check.currency() + " "
                    + grouped(check.above()) + ", the threshold of '" + check.category() + "'");
        }
        return "lowered one step: the stated value " + String.join("; ", reasons);
    }

    /** "2,000", "1,500.5": as the lists and the news write it (a new format each time: it is rarely needed). */
    private static String grouped(BigDecimal number) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number);
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

    /** By rule set and category, how the money said to be worth its goods meets its threshold. */
    private static Map<List<String>, Checked> thresholds(
            List<GoodsHit> hits, Function<GoodsHit, CategoryThreshold> thresholdOf, List<List<Amount>> moneyOf) {
        Map<List<String>, List<Amount>> moneyByCategory = new LinkedHashMap<>();
        Map<List<String>, CategoryThreshold> stated = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            CategoryThreshold threshold = thresholdOf.apply(hits.get(i));
            if (threshold != null) {
                List<String> key = List.of(threshold.ruleset(), threshold.category());
                stated.putIfAbsent(key, threshold);
                List<Amount> money = moneyByCategory.computeIfAbsent(key, k -> new ArrayList<>());
                moneyOf.get(i).stream()
                        .filter(amount -> !money.contains(amount))
                        .forEach(money::add);
            }
        }
        Map<List<String>, Checked> checks = new LinkedHashMap<>();
        stated.forEach((key, category) -> {
            List<Amount> money = moneyByCategory.get(key);
            money.sort(Comparator.comparingInt(Amount::start));
            Threshold threshold = category.threshold();
            ThresholdOutcome outcome =
                    ThresholdOutcome.valueOf(threshold.compare(money).name());
            checks.put(
                    key,
                    new Checked(
                            new ThresholdCheck(
                                    category.ruleset(),
                                    category.category(),
                                    outcome,
                                    threshold.amount(),
                                    threshold.currency()),
                            List.copyOf(money)));
        });
        return checks;
    }
}
