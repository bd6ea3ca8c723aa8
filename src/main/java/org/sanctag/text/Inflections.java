package org.sanctag.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a rule file's stem stands for ({@code лимузин*}, {@code Uhr*}): the stem itself and the
 * stem with one of a bounded list of endings of its script. Russian gets its noun and adjective
 * case endings (and past-tense endings for a word alone); Latin script the German, French and Spanish plural and case endings. The forms are
 * spelt out when the rules are compiled, so reading a text still costs one exact lookup per word.
 */
public final class Inflections {

    /** Noun case endings. */
    private static final List<String> CYRILLIC_NOUN = folded(
            "а", "я", "о", "у", "ю", "ом", "ем", "ём", "ой", "ей", "ою", "ею", "е", "и", "ы", "ь", "ов", "ев", "ам",
            "ям", "ами", "ями", "ах", "ях");

    /** Adjective endings, and the few noun endings a word before another takes ("нарушение санкций"). */
    private static final List<String> CYRILLIC_MODIFIER = folded(
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ых", "их",
            "ыми", "ими", "ую", "юю", "ою", "ею", "е", "я", "и", "ю", "ем", "ям");

    /** Past tense and participles, for transfer verbs written alone (подарил, передана, изъяты). */
    private static final List<String> CYRILLIC_VERB = folded("л", "ла", "ли", "ло", "н", "на", "но", "ны");

    private static final List<String> LATIN =
            List.of("s", "es", "e", "en", "er", "n", "ern", "ens", "ns", "x", "ne", "nes");

    private Inflections() {}

    /** Where a stem stands in its phrase, which decides the endings it takes. */
    enum Position {
        /** A phrase of one word: any ending. */
        ALONE,
        /** The last word of several: noun endings. */
        LAST,
        /** A word before another: adjective endings. */
        BEFORE
    }

    /**
     * The folded stem and every inflected form of it, the stem first. A phrase of several stems
     * multiplies their forms, so only a lone stem takes every ending: that keeps a two-stem
     * Russian phrase below a thousand word sequences.
     */
    public static Set<String> forms(String foldedStem, Position position) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(foldedStem);
        char first = foldedStem.charAt(0);
        List<String> endings = List.of();
        if (first >= 0x0400 && first <= 0x04FF) {
            endings = switch (position) {
                case ALONE -> concat(CYRILLIC_NOUN, CYRILLIC_MODIFIER, CYRILLIC_VERB);
                case LAST -> CYRILLIC_NOUN;
                case BEFORE -> CYRILLIC_MODIFIER;
            };
        } else if (first < 0x0250) {
            endings = LATIN;
        }
        for (String ending : endings) {
            forms.add(foldedStem + ending);
        }
        return forms;
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** Every word sequence a phrase with stems matches: each stem word in each of its forms. */
    public static List<List<String>> combinations(List<String> words, List<Boolean> stems) {
        List<List<String>> combinations = new ArrayList<>(List.of(List.of()));
        for (int w = 0; w < words.size(); w++) {
            Position position =
                    words.size() == 1 ? Position.ALONE : w == words.size() - 1 ? Position.LAST : Position.BEFORE;
            Set<String> forms = stems.get(w) ? forms(words.get(w), position) : Set.of(words.get(w));
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
