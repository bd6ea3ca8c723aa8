package org.sanctag.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a rule file's stem stands for ({@code лимузин*}, {@code Uhr*}): the stem itself and the
 * stem with one of a bounded list of endings of its script. Russian gets its noun and adjective
 * case endings; Latin script the German, French and Spanish plural and case endings. The forms are
 * spelt out when the rules are compiled, so reading a text still costs one exact lookup per word.
 */
public final class Inflections {

    private static final List<String> CYRILLIC = folded(
            "а", "я", "о", "у", "ю", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "е", "и", "ы", "ь", "ов", "ев", "ам",
            "ям", "ами", "ями", "ах", "ях", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
            "ым", "им", "ых", "их", "ыми", "ими", "ую", "юю");

    private static final List<String> LATIN =
            List.of("s", "es", "e", "en", "er", "n", "ern", "ens", "ns", "x", "ne", "nes");

    private Inflections() {}

    /** The folded stem and every inflected form of it, the stem first. */
    public static Set<String> forms(String foldedStem) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(foldedStem);
        char first = foldedStem.charAt(0);
        List<String> endings = first >= 0x0400 && first <= 0x04FF ? CYRILLIC : first < 0x0250 ? LATIN : List.of();
        for (String ending : endings) {
            forms.add(foldedStem + ending);
        }
        return forms;
    }

    /** Every word sequence a phrase with stems matches: each stem word in each of its forms. */
    public static List<List<String>> combinations(List<String> words, List<Boolean> stems) {
        List<List<String>> combinations = new ArrayList<>(List.of(List.of()));
        for (int w = 0; w < words.size(); w++) {
            Set<String> forms = stems.get(w) ? forms(words.get(w)) : Set.of(words.get(w));
            List<List<String>> longer = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String form : forms) {
                    List<String> next = new ArrayList<>(prefix);
                    next.add(form);
                    longer.add(List.copyOf(next));
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    private static List<String> folded(String... endings) {
        return List.of(endings).stream().map(TextFolder::foldString).toList();
    }
}
