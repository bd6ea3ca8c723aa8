package org.sanctag.rules;

import java.util.List;
import java.util.regex.Pattern;

/** An immutable rule set, exactly as its file describes it (see {@code rules/README.md}). */
public record RuleSet(
        String id, String version, String title, List<String> sources, Context context, List<Category> categories) {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final String ID_RULE =
            "a rule-set id starts with a letter or digit and holds only letters, digits, ., _ and -";

    public RuleSet {
        id = Checks.identifier(id, "id", ID, ID_RULE);
        version = Checks.text(version, "version");
        title = Checks.text(title, "title");
        sources = Checks.texts(sources, "sources");
        Checks.required(context, "context");
        categories = Checks.nonEmpty(categories, "categories");
    }
}
