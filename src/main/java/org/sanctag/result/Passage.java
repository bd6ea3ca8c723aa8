package org.sanctag.result;

import java.util.List;

/**
 * A sentence that mentions sanctioned goods, with what was found in it and how relevant it is:
 * {@code rulesets} are the ids of the rule sets with a match in it (the lists it falls under),
 * {@code categories} the ids of the categories matched, each once.
 */
public record Passage(
        int start,
        int end,
        String text,
        Relevance relevance,
        List<String> rulesets,
        List<String> categories,
        List<GoodsMatch> matches,
        List<SignalMatch> signals) {

    public Passage {
        rulesets = List.copyOf(rulesets);
        categories = List.copyOf(categories);
        matches = List.copyOf(matches);
        signals = List.copyOf(signals);
    }
}
