package org.sanctag.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanctag.Tagger;

/**
 * The {@code rulesets} query parameter (and {@code sanctag.stream.rulesets}): the ids of the rule
 * sets to tag against, comma-separated, in the order the answer lists them. A duplicate counts
 * once; an empty value, an empty item or an id that is not loaded is refused, naming the loaded ones.
 */
public final class RuleSetChoice {

    static final String PARAMETER = "rulesets";

    private RuleSetChoice() {}

    /**
     * The chosen ids from every value of the parameter (none: the tagger's defaults, as an empty
     * list), checked against {@code tagger}'s loaded sets.
     */
    public static List<String> parse(List<String> values, Tagger tagger) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : values) {
            if (value.isBlank()) {
                throw refused("is empty", tagger);
            }
            for (String item : value.split(",", -1)) {
                String id = item.strip();
                if (id.isEmpty()) {
                    throw refused("has an empty item in '" + TagRequests.shorten(value) + "'", tagger);
                }
                if (tagger.ruleSet(id).isEmpty()) {
                    throw refused("names '" + TagRequests.shorten(id) + "', which is not a loaded rule set", tagger);
                }
                chosen.add(id);
            }
        }
        return new ArrayList<>(chosen);
    }

    private static InvalidRequestException refused(String problem, Tagger tagger) {
        return InvalidRequestException.badRequest("The query parameter '" + PARAMETER + "' " + problem
                + "; name one or more of the loaded rule sets, comma-separated: "
                + String.join(", ", tagger.ruleSetIds()) + " (default: " + String.join(", ", tagger.defaults())
                + ").");
    }
}
