package org.sanctag.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks the rule-file records share; each failure says which key is wrong and why. */
final class Checks {

    private Checks() {}

    static String text(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing or empty");
        }
        return value.strip();
    }

    static String identifier(String value, String key, Pattern pattern) {
        String id = text(value, key);
        if (!pattern.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "'" + key + "' is '" + id + "', which does not match " + pattern.pattern());
        }
        return id;
    }

    static <T> List<T> nonEmpty(List<T> values, String key) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' must list at least one entry");
        }
        if (values.contains(null)) {
            throw new IllegalArgumentException("'" + key + "' has an empty entry");
        }
        return List.copyOf(values);
    }

    /** A list of phrases: each must hold at least one letter or digit, and none may repeat. */
    static List<String> phrases(List<String> values, String key) {
        List<String> phrases = nonEmpty(values, key).stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (String phrase : phrases) {
            if (phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("'" + key + "' has '" + phrase + "', which has no word in it");
            }
            if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("'" + key + "' lists '" + phrase + "' twice");
            }
        }
        return phrases;
    }

    static List<String> optionalPhrases(List<String> values, String key) {
        return values == null ? List.of() : phrases(values, key);
    }
}
