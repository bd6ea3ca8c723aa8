package org.sanctag.result;

import java.util.List;

/**
 * What a loaded rule set covers, without its terms: what {@code GET /rules} shows, and all a tagger
 * keeps of the parsed file once its rules are compiled. {@code includes} are the ids of the sets it
 * includes, whose terms and signals its counts cover.
 */
public record RuleSetSummary(
        String id,
        String version,
        String digest,
        String title,
        String jurisdiction,
        List<String> sources,
        List<String> includes,
        int terms,
        SignalCounts signals,
        List<CategoryInfo> categories) {

    public RuleSetSummary {
        sources = List.copyOf(sources);
        includes = List.copyOf(includes);
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
