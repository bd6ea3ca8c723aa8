package org.sanctag;

import org.sanctag.result.RuleSetSummary;
import org.sanctag.result.RuleSetSummary.CategoryInfo;
import org.sanctag.result.RuleSetSummary.SignalCounts;
import org.sanctag.rules.Category;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.RuleSet;

/** Describes a loaded rule set for {@code GET /rules}, so the tagger need not keep the parsed file. */
final class RuleSetSummaries {

    private RuleSetSummaries() {}

    static RuleSetSummary of(LoadedRuleSet loaded, int terms) {
        RuleSet rules = loaded.rules();
        return new RuleSetSummary(
                rules.id(),
                rules.version(),
                loaded.digest(),
                rules.title(),
                rules.jurisdiction(),
                rules.sources(),
                rules.includes(),
                terms,
                new SignalCounts(
                        rules.context().jurisdiction().size(),
                        rules.context().transfer().size()),
                rules.categories().stream().map(RuleSetSummaries::describe).toList());
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
