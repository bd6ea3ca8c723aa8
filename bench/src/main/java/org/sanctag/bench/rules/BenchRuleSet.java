package org.sanctag.bench.rules;

import java.util.List;
import org.sanctag.rules.LoadedRuleSet;

/**
 * A rule set a benchmark runs with: {@code name} is the JMH parameter value; {@code realTerms}
 * the terms it keeps from the real rule file and {@code syntheticTerms} the invented ones, both as
 * written: what the text generator plants.
 */
public record BenchRuleSet(String name, LoadedRuleSet loaded, List<String> realTerms, List<String> syntheticTerms) {

    public BenchRuleSet {
        realTerms = List.copyOf(realTerms);
        syntheticTerms = List.copyOf(syntheticTerms);
    }

    /** Terms in all rules, as {@code Tagger.termCount()} counts them. */
    public int termCount() {
        return BenchRuleSets.countTerms(loaded.rules());
    }
}
