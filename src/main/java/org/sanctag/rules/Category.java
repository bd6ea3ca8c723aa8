package org.sanctag.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A category of sanctioned goods: its name, legal basis, rules and vetoing phrases, and the value
 * threshold its list sets ({@code threshold}, null when it sets none). With {@code include}, the
 * category of the same id in that rule set gives the name, the rules and the exclusions; this one
 * adds its own basis and threshold (always: they are its list's law, never borrowed), and may rename
 * it and add rules and exclusions.
 */
public record Category(
        String id,
        String include,
        String name,
        List<String> basis,
        List<Rule> rules,
        List<String> exclude,
        ValueThreshold threshold) {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final String ID_RULE =
            "a category id starts with a lower-case letter and holds only lower-case letters, digits and _";

    public Category {
        id = Checks.identifier(id, "id", ID, ID_RULE);
        include = include == null ? null : Checks.identifier(include, "include", RuleSet.ID, RuleSet.ID_RULE);
        name = include == null || name != null ? Checks.text(name, "name") : null;
        basis = Checks.texts(basis, "basis");
        rules = include == null ? Checks.nonEmpty(rules, "rules") : Checks.optional(rules, "rules");
        exclude = Checks.optionalPhrases(exclude, "exclude");
    }

    /** How many phrases this category's rules look for. */
    public int termCount() {
        return rules.stream().mapToInt(rule -> rule.terms().size()).sum();
    }

    /** This category with a refers_back rule of its own for each of its rule set's {@code references}. */
    Category referredToBy(List<Reference> references) {
        if (references.isEmpty()) {
            return this;
        }
        List<Rule> withReferences = new ArrayList<>(rules);
        references.forEach(reference -> withReferences.add(reference.asRuleOf(id)));
        return new Category(id, include, name, basis, withReferences, exclude, threshold);
    }

    /**
     * This category completed by the included one: its name unless this one renames it, its rules
     * before this one's, its exclusions with this one's; the basis and threshold are this category's own.
     */
    Category including(Category included) {
        List<Rule> merged = new ArrayList<>(included.rules());
        merged.addAll(rules);
        return new Category(
                id,
                include,
                name == null ? included.name() : name,
                basis,
                merged,
                Checks.union(included.exclude(), exclude),
                threshold);
    }
}
