package org.sanctag.rules;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An immutable rule set (see {@code rules/README.md}). As {@link RuleFileParser} reads it, its
 * {@code include}s are only named; in a {@link LoadedRuleSet} they are resolved: every category and
 * the context hold what they include, and {@code include} stays to say where it came from; and each
 * category of the set's own holds its copy of every {@code references} entry as a refers_back rule
 * (a category that includes another set's takes that set's copies along with its rules).
 */
public record RuleSet(
        String id,
        String version,
        String title,
        String jurisdiction,
        List<String> sources,
        Context context,
        List<Reference> references,
        List<Category> categories) {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final String ID_RULE =
            "a rule-set id starts with a letter or digit and holds only letters, digits, ., _ and -";

    public RuleSet {
        id = Checks.identifier(id, "id", ID, ID_RULE);
        version = Checks.text(version, "version");
        title = Checks.text(title, "title");
        jurisdiction = Checks.text(jurisdiction, "jurisdiction");
        sources = Checks.texts(sources, "sources");
        Checks.required(context, "context");
        references = Checks.optional(references, "references");
        categories = Checks.nonEmpty(categories, "categories");
    }

    /** The ids of the rule sets this one includes, in id order, each once. */
    public List<String> includes() {
        TreeSet<String> ids = new TreeSet<>();
        if (context.include() != null) {
            ids.add(context.include());
        }
        categories.stream().map(Category::include).filter(id -> id != null).forEach(ids::add);
        return List.copyOf(ids);
    }
}
