package org.sanctag.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A general noun or a pronoun that names whatever goods were named last ("the goods", "the items",
 * "Doesn't Kim already have one?"): a refers_back rule of every category of its rule set, so the
 * category is that of the goods it refers to. Its id is one part; each category's copy is {@code <category>.<id>}. Without
 * {@code reaches_back} it reaches at most {@link #DEFAULT_REACH} sentences back, since "the goods"
 * three paragraphs on may be the coal of another story.
 */
public record Reference(
        String id,
        List<String> terms,
        List<String> near,
        @JsonProperty("not_near") List<String> notNear,
        List<String> after,
        List<String> before,
        @JsonProperty("not_before") List<String> notBefore,
        Integer within,
        @JsonProperty("reaches_back") Integer reachesBack) {

    public static final int DEFAULT_REACH = 2;

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    static final String ID_RULE =
            "a reference id starts with a lower-case letter and holds only lower-case letters, digits and _";

    public Reference {
        id = Checks.identifier(id, "id", ID, ID_RULE);
        terms = Checks.phrases(terms, "terms");
        near = Checks.optionalPhrases(near, "near");
        after = Checks.optionalPhrases(after, "after");
        before = Checks.optionalPhrases(before, "before");
        notBefore = Checks.optionalPhrases(notBefore, "not_before");
        notNear = Checks.optionalPhrases(notNear, "not_near");
        reachesBack = reachesBack == null ? DEFAULT_REACH : reachesBack;
        // The rule each category gets checks the rest (within, reaches_back, after), with the same messages.
        rule("category." + id, terms, near, notNear, after, before, notBefore, within, reachesBack);
    }

    /** This reference as a refers_back rule of the category {@code categoryId}. */
    Rule asRuleOf(String categoryId) {
        return rule(categoryId + "." + id, terms, near, notNear, after, before, notBefore, within, reachesBack);
    }

    private static Rule rule(
            String id,
            List<String> terms,
            List<String> near,
            List<String> notNear,
            List<String> after,
            List<String> before,
            List<String> notBefore,
            Integer within,
            Integer reachesBack) {
        return new Rule(id, terms, Strength.REFERS_BACK, near, notNear, after, before, notBefore, within, reachesBack);
    }
}
