package org.sanctag.result;

import java.util.List;

/** A sentence that mentions sanctioned goods, with what was found in it and how relevant it is. */
public record Passage(
        int start,
        int end,
        String text,
        Relevance relevance,
        List<String> categories,
        List<GoodsMatch> matches,
        List<SignalMatch> signals) {

    public Passage {
        categories = List.copyOf(categories);
        matches = List.copyOf(matches);
        signals = List.copyOf(signals);
    }
}
