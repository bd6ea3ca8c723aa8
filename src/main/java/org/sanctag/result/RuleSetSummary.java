package org.sanctag.result;

import java.util.List;

/**
 * What a loaded rule set covers, without its terms: what {@code GET /rules} shows, and all a tagger
 * keeps of the parsed file once its rules are compiled.
 */
public record RuleSetSummary(
        String id,
        String version,
        String digest,
        String title,
        List<String> sources,
        int terms,
        SignalCounts signals,
        List<CategoryInfo> categories) {

    public RuleSetSummary {
        sources = List.copyOf(sources);
        categories = List.copyOf(categories);
    }

    /** How many phrases of each signal kind the rule set knows. */
    public record SignalCounts(int jurisdiction, int transfer) {}

    /** One category: its name, legal basis, and how many rules and terms it has. */
    public record CategoryInfo(String id, String name, List<String> basis, int rules, int terms) {

        public CategoryInfo {
            basis = List.copyOf(basis);
        }
    }
}
