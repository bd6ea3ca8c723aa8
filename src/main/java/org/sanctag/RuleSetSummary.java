package org.sanctag;

import java.util.List;
import org.sanctag.rules.Category;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.RuleSet;

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
        Signals signals,
        List<CategoryInfo> categories) {

    /** How many phrases of each signal kind the rule set knows. */
    public record Signals(int jurisdiction, int transfer) {}

    public record CategoryInfo(String id, String name, List<String> basis, int rules, int terms) {}

    static RuleSetSummary of(LoadedRuleSet loaded, int terms) {
        RuleSet rules = loaded.rules();
        List<CategoryInfo> categories =
                rules.categories().stream().map(RuleSetSummary::describe).toList();
        return new RuleSetSummary(
                rules.id(),
                rules.version(),
                loaded.digest(),
                rules.title(),
                rules.sources(),
                terms,
                new Signals(
                        rules.context().jurisdiction().size(),
                        rules.context().transfer().size()),
                categories);
    }

    private static CategoryInfo describe(Category category) {
        return new CategoryInfo(
                category.id(),
                category.name(),
                category.basis(),
                category.rules().size(),
                category.termCount());
    }
}
