package org.sanctag.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A phrase as a rule file writes it, read into folded words and the two marks the format allows: a
 * {@code *} right after a word makes it a stem ({@code лимузин*}: {@link Inflections}), and a
 * {@code *} before a one-word phrase lets it end a compound ({@code *limousine}: "Luxuslimousine").
 */
public record WrittenPhrase(List<String> words, List<Boolean> stems, boolean compoundHead) {

    public WrittenPhrase {
        words = List.copyOf(words);
        stems = List.copyOf(stems);
    }

    public static WrittenPhrase parse(String written) {
        List<String> words = new ArrayList<>();
        List<Boolean> stems = new ArrayList<>();
        WordScanner.scan(written, (folded, length, hash, start, end) -> {
            words.add(new String(folded, 0, length));
            stems.add(end < written.length() && written.charAt(end) == '*');
        });
        boolean compound = written.strip().startsWith("*") && words.size() == 1;
        return new WrittenPhrase(words, stems, compound);
    }

    /** The same for every spelling that folds to the same words and marks. */
    public String key() {
        StringBuilder key = new StringBuilder(compoundHead ? "*" : "");
        for (int w = 0; w < words.size(); w++) {
            key.append(w == 0 ? "" : " ").append(words.get(w)).append(stems.get(w) ? "*" : "");
        }
        return key.toString();
    }

    /** The word sequences that match: {@link SpellingVariants} of the words, then every inflected form. */
    public Set<List<String>> variants() {
        Set<List<String>> variants = new LinkedHashSet<>(SpellingVariants.of(words));
        if (stems.contains(true)) {
            variants.addAll(Inflections.combinations(words, stems));
        }
        return variants;
    }
}
