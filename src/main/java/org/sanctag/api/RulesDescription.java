package org.sanctag.api;

import java.util.List;
import org.sanctag.Tagger;
import org.sanctag.rules.Category;
import org.sanctag.rules.RuleSet;

/** The wire description of the loaded rule set. */
public record RulesDescription(
        String id,
        String version,
        String digest,
        String title,
        List<String> sources,
        int terms,
        Signals signals,
        List<CategoryDescription> categories) {

    /** How many phrases of each signal kind the rule set knows. */
    public record Signals(int jurisdiction, int transfer) {
    }

    public record CategoryDescription(String id, String name, List<String> basis, int rules, int terms) {
    }

    static RulesDescription of(Tagger tagger) {
        RuleSet rules = tagger.ruleSet();
        List<CategoryDescription> categories = rules.categories().stream()
                .map(RulesDescription::describe)
                .toList();
        return new RulesDescription(rules.id(), rules.version(), tagger.ruleSetRef().digest(), rules.title(),
                rules.sources(), tagger.termCount(),
                new Signals(rules.context().jurisdiction().size(), rules.context().transfer().size()), categories);
    }

    private static CategoryDescription describe(Category category) {
        return new CategoryDescription(category.id(), category.name(), category.basis(), category.rules().size(),
                category.termCount());
    }
}
