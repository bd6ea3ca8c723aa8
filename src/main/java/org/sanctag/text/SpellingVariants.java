package org.sanctag.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The word sequences a phrase matches, so that rule files list each phrase once: its folded words
 * as written, with the last word in the plural, and for several words all of them written
 * together, singular and plural ("jet ski": "jet skis", "jetski", "jetskis").
 */
public final class SpellingVariants {

    private SpellingVariants() {}

    public static Set<List<String>> of(List<String> words) {
        Set<List<String>> variants = new LinkedHashSet<>();
        variants.add(List.copyOf(words));
        variants.addAll(withPluralEnd(words));
        if (words.size() > 1) {
            List<String> joined = List.of(String.join("", words));
            variants.add(joined);
            variants.addAll(withPluralEnd(joined));
        }
        return variants;
    }

    private static List<List<String>> withPluralEnd(List<String> words) {
        List<List<String>> plurals = new ArrayList<>();
        for (String plural : EnglishPlural.forms(words.get(words.size() - 1))) {
            List<String> variant = new ArrayList<>(words);
            variant.set(variant.size() - 1, plural);
            plurals.add(List.copyOf(variant));
        }
        return plurals;
    }
}
