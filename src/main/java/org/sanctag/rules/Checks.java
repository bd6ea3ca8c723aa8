package org.sanctag.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks the rule-file records share; each failure says which key is wrong and why. */
final class Checks {

    private Checks() {}

    static <T> T required(T value, String key) {
        if (value == null) {
            throw new RefusedValue(key, "'" + key + "' is missing");
        }
        return value;
    }

    static String text(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new RefusedValue(key, "'" + key + "' is missing or empty");
        }
        return value.strip();
    }

    /** {@code value} must match {@code pattern}, which {@code rule} says in words. */
    static String identifier(String value, String key, Pattern pattern, String rule) {
        String id = text(value, key);
        if (!pattern.matcher(id).matches()) {
            throw new RefusedValue(key, "'" + key + "' is '" + id + "'; " + rule);
        }
        return id;
    }

    static <T> List<T> nonEmpty(List<T> values, String key) {
        if (values == null || values.isEmpty()) {
            throw new RefusedValue(key, "'" + key + "' must list at least one entry");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new RefusedValue(key, i, "'" + key + "' has an empty entry");
            }
        }
        return List.copyOf(values);
    }

    /** A list of free-text lines, at least one, none blank. */
    static List<String> texts(List<String> values, String key) {
        List<String> lines = nonEmpty(values, key);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                throw new RefusedValue(key, i, "'" + key + "' has an empty entry");
            }
        }
        return lines.stream().map(String::strip).toList();
    }

    /** A list of phrases: each must hold at least one letter or digit, and none may repeat. */
    static List<String> phrases(List<String> values, String key) {
        List<String> phrases = nonEmpty(values, key).stream().map(String::strip).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new RefusedValue(key, i, "'" + key + "' has '" + phrase + "', which has no word in it");
            }
            if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                throw new RefusedValue(key, i, "'" + key + "' lists '" + phrase + "' twice");
            }
        }
        return phrases;
    }

    static List<String> optionalPhrases(List<String> values, String key) {
        return values == null || values.isEmpty() ? List.of() : phrases(values, key);
    }

    /** A list that may be left out (empty then), but holds no empty entry. */
    static <T> List<T> optional(List<T> values, String key) {
        return values == null || values.isEmpty() ? List.of() : nonEmpty(values, key);
    }

    /** The phrases of {@code first}, then those of {@code second} that are not among them (ignoring case). */
    static List<String> union(List<String> first, List<String> second) {
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>(first.size() + second.size());
        for (String phrase : first) {
            if (seen.add(phrase.toLowerCase(Locale.ROOT))) {
                all.add(phrase);
            }
        }
        for (String phrase : second) {
            if (seen.add(phrase.toLowerCase(Locale.ROOT))) {
                all.add(phrase);
            }
        }
        return List.copyOf(all);
    }
}
