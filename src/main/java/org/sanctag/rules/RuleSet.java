package org.sanctag.rules;

import java.util.List;
import java.util.regex.Pattern;

/** An immutable rule set, exactly as its file describes it (see {@code rules/README.md}). */
public record RuleSet(
        String id, String version, String title, List<String> sources, Context context, List<Category> categories) {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public RuleSet {
        id = Checks.identifier(id, "id", ID);
        version = Checks.text(version, "version");
        title = Checks.text(title, "title");
        sources = Checks.nonEmpty(sources, "sources").stream()
                .map(line -> Checks.text(line, "sources"))
                .toList();
        if (context == null) {
            throw new IllegalArgumentException("'context' is missing");
        }
        categories = Checks.nonEmpty(categories, "categories");
    }
}
