package org.sanctag.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Terms that flag a category, with the context that must (near) or must not (not_near) stand
 * within {@code within} words of them in the same sentence, the words of which one must come
 * right before them (after: "the watch", not "Kim watch"), the words of which one must come right
 * after them (before: "it reached Pyongyang", not "it said") and those that must not (not_before:
 * "BMW said", the company speaking, not the car). A refers_back rule may bound how
 * many sentences before it the mention it refers to may stand ({@code reaches_back}: 0 is the same
 * sentence).
 */
public record Rule(
        String id,
        List<String> terms,
        Strength strength,
        List<String> near,
        @JsonProperty("not_near") List<String> notNear,
        List<String> after,
        List<String> before,
        @JsonProperty("not_before") List<String> notBefore,
        Integer within,
        @JsonProperty("reaches_back") Integer reachesBack) {

    public static final int DEFAULT_WITHIN = 8;
    public static final int MAX_WITHIN = 50;
    /** A refers_back term without {@code reaches_back} may refer to a mention any number of sentences before. */
    public static final int ANY_DISTANCE = Integer.MAX_VALUE;
    /** In an {@code after} phrase, a word of digits only: "a $30,000 watch", "2 Mercedes". */
    public static final String NUMBER = "<number>";
    /**
     * An {@code after} phrase of its own: the term opens its sentence or line (a list number such as
     * "4." before it allowed): "Watches made up most cases", a table row "Watches 17".
     */
    public static final String START = "<start>";

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_-]+)*");
    static final String ID_RULE = "a rule id starts with a lower-case letter and holds lower-case letters,"
            + " digits and _, in parts joined by '.' (vehicles.limousines); parts after the first may hold -";

    public Rule {
        id = Checks.identifier(id, "id", ID, ID_RULE);
        terms = Checks.phrases(terms, "terms");
        strength = strength == null ? Strength.STRONG : strength;
        near = Checks.optionalPhrases(near, "near");
        notNear = Checks.optionalPhrases(notNear, "not_near");
        after = Checks.optionalPhrases(after, "after");
        before = Checks.optionalPhrases(before, "before");
        notBefore = Checks.optionalPhrases(notBefore, "not_before");
        for (String phrase : after) {
            if (phrase.contains(START) && !phrase.strip().equals(START)) {
                throw new RefusedValue(
                        "after", "'" + phrase + "' in 'after': " + START + " stands alone, as a phrase of its own");
            }
        }
        within = within == null ? DEFAULT_WITHIN : within;
        if (within < 1 || within > MAX_WITHIN) {
            throw new RefusedValue("within", "'within' is " + within + "; it must be 1 to " + MAX_WITHIN);
        }
        if (reachesBack != null && strength != Strength.REFERS_BACK) {
            throw new RefusedValue(
                    "reaches_back",
                    "'reaches_back' is for a refers_back rule; this rule is "
                            + strength.name().toLowerCase(Locale.ROOT));
        }
        if (reachesBack != null && (reachesBack < 0 || reachesBack > MAX_WITHIN)) {
            throw new RefusedValue(
                    "reaches_back",
                    "'reaches_back' is " + reachesBack + "; it must be 0 to " + MAX_WITHIN + " sentences");
        }
        reachesBack = reachesBack == null ? ANY_DISTANCE : reachesBack;
    }
}
