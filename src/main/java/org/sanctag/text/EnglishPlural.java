package org.sanctag.text;

import java.util.List;

/** The regular English plural of a folded word, so rule files can list nouns in the singular. */
public final class EnglishPlural {

    private EnglishPlural() {}

    /** Pronouns a rule may list ("get it", "bought them"): their plural is no "-s" form. */
    private static final java.util.Set<String> PRONOUNS =
            java.util.Set.of("it", "them", "this", "that", "these", "those", "he", "she", "him", "her");

    /**
     * The plurals news writes: the regular one, and for a word ending in "ch" also the one with a
     * bare "s", since names take it ("Maybach" → "Maybachs") where nouns take "es" ("watches").
     */
    public static List<String> forms(String word) {
        if (PRONOUNS.contains(word)) {
            return List.of(); // "it" has no plural "its": that is a possessive
        }
        String regular = of(word);
        return word.endsWith("ch") ? List.of(regular, word + "s") : List.of(regular);
    }

    /**
     * "watch" → "watches", "luxury" → "luxuries", "limousine" → "limousines"; a model designation
     * ending in a digit takes a bare "s" ("two S600s", "the LX600s").
     */
    public static String of(String word) {
        if (word.isEmpty()) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        if (last >= '0' && last <= '9') {
            return word + "s";
        }
        if (!Character.isLetter(last)) {
            return word;
        }
        if (word.endsWith("s")
                || word.endsWith("x")
                || word.endsWith("z")
                || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.length() > 1 && word.endsWith("y") && !isVowel(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
