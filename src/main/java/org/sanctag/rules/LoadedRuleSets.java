package org.sanctag.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Rule sets loaded together, each under its own id, in load order; and the ones a request that
 * names none is tagged against: {@code un-dprk-luxury} when it is loaded, else every set.
 */
public record LoadedRuleSets(List<LoadedRuleSet> sets, List<String> defaults) {

    public LoadedRuleSets {
        sets = List.copyOf(sets);
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set must be loaded");
        }
        Map<String, LoadedRuleSet> byId = new LinkedHashMap<>();
        for (LoadedRuleSet set : sets) {
            if (byId.putIfAbsent(set.rules().id(), set) != null) {
                throw new IllegalArgumentException(
                        "two rule sets have the id " + set.rules().id());
            }
        }
        defaults = defaults == null ? naturalDefaults(byId) : List.copyOf(defaults);
        if (defaults.isEmpty()) {
            throw new IllegalArgumentException("the default choice of rule sets must name at least one");
        }
        for (String id : defaults) {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("the default rule set '" + id
                        + "' is not loaded; the loaded ones are " + String.join(", ", byId.keySet()));
            }
        }
    }

    /** These sets, with {@code un-dprk-luxury} as default when it is among them, else all of them. */
    public static LoadedRuleSets of(List<LoadedRuleSet> sets) {
        return new LoadedRuleSets(sets, null);
    }

    /** These sets with another default choice; each id must be one of theirs. */
    public LoadedRuleSets withDefaults(List<String> ids) {
        return new LoadedRuleSets(sets, List.copyOf(new LinkedHashSet<>(ids)));
    }

    public List<String> ids() {
        return sets.stream().map(set -> set.rules().id()).toList();
    }

    /** The set with this id; an id that is not loaded is a mistake of the caller. */
    public LoadedRuleSet get(String id) {
        return sets.stream()
                .filter(set -> set.rules().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no loaded rule set has the id " + id));
    }

    private static List<String> naturalDefaults(Map<String, LoadedRuleSet> byId) {
        return byId.containsKey(RuleSetLoader.UN_ID) ? List.of(RuleSetLoader.UN_ID) : List.copyOf(byId.keySet());
    }
}
