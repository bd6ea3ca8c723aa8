package org.sanctag.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A category of sanctioned goods: its name, legal basis, rules and vetoing phrases, and the value
 * threshold its list sets ({@code threshold}, null when it sets none).
 */
public record Category(
        String id, String name, List<String> basis, List<Rule> rules, List<String> exclude, ValueThreshold threshold) {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final String ID_RULE =
            "a category id starts with a lower-case letter and holds only lower-case letters, digits and _";

    public Category {
        id = Checks.identifier(id, "id", ID, ID_RULE);
        name = Checks.text(name, "name");
        basis = Checks.texts(basis, "basis");
        rules = Checks.nonEmpty(rules, "rules");
        exclude = Checks.optionalPhrases(exclude, "exclude");
    }

    /** How many phrases this category's rules look for. */
    public int termCount() {
        return rules.stream().mapToInt(rule -> rule.terms().size()).sum();
    }
}
