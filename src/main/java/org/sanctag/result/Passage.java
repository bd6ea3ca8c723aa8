package org.sanctag.result;

import java.util.List;

/**
 * A sentence that mentions sanctioned goods, with what was found in it and how relevant it is:
 * {@code rulesets} are the ids of the rule sets with a match in it (the lists it falls under),
 * {@code categories} the ids of the categories matched, each once; {@code amounts} the sums of
 * money and the counts of its goods it states, in text order; {@code thresholds} how that money
 * compares with the value threshold of each matched category whose list sets one.
 */
public record Passage(
        int start,
        int end,
        String text,
        Relevance relevance,
        List<String> rulesets,
        List<String> categories,
        List<GoodsMatch> matches,
        List<SignalMatch> signals,
        List<StatedAmount> amounts,
        List<ThresholdCheck> thresholds) {

    public Passage {
        rulesets = List.copyOf(rulesets);
        categories = List.copyOf(categories);
        matches = List.copyOf(matches);
        signals = List.copyOf(signals);
        amounts = List.copyOf(amounts);
        thresholds = List.copyOf(thresholds);
    }
}
