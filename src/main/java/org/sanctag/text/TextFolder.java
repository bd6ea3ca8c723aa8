package org.sanctag.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text so that spellings a reader would call the same compare equal: compatibility forms
 * (ligatures, fullwidth letters, non-breaking spaces), accents and case, the same in every locale.
 *
 * <p>Each code point is folded on its own (NFKD, combining marks dropped, then an upper-then-lower
 * case round trip in {@link Locale#ROOT}, which gives full case folding such as "ß" to "ss"), so
 * every folded char knows which original code point it came from. Letters that NFKD leaves whole
 * because they are letters of their own, not accented ones (æ, ø, œ, ł, đ, þ ...), are then
 * spelt as an English text would write them, so "Bjørn" matches "Bjorn" and "Łódź" "Lodz".
 */
public final class TextFolder {

    /**
     * Folds of the Basic Multilingual Plane, filled in as they are first needed: a text in any
     * script pays for normalisation once per distinct character, not once per occurrence. A race
     * only computes the same immutable String twice.
     */
    private static final String[] CACHE = new String[0x10000];

    /**
     * Folds beyond the Basic Multilingual Plane (emoji, flags, rare Han), which news text repeats
     * too: without a cache each occurrence would be normalised again. Bounded, so that no stream of
     * texts can grow it without limit; past the bound a fold is computed each time.
     */
    private static final Map<Integer, String> SUPPLEMENTARY_CACHE = new ConcurrentHashMap<>();

    private static final int SUPPLEMENTARY_CACHE_LIMIT = 4096;

    /** Lower-case letters NFKD does not decompose, and their plain Latin spelling. */
    private static final Map<Integer, String> LETTERS_OF_THEIR_OWN = Map.ofEntries(
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) 'ŧ', "t"),
            Map.entry((int) 'ı', "i"));

    private TextFolder() {}

    /** Folds a phrase from a rule file exactly as a text's words are folded when it is read. */
    public static String foldString(String phrase) {
        StringBuilder folded = new StringBuilder(phrase.length());
        phrase.codePoints().forEach(cp -> folded.append(foldCodePoint(cp)));
        return folded.toString();
    }

    static String foldCodePoint(int cp) {
        if (cp >= CACHE.length) {
            String folded = SUPPLEMENTARY_CACHE.get(cp);
            if (folded == null) {
                folded = computeFold(cp);
                if (SUPPLEMENTARY_CACHE.size() < SUPPLEMENTARY_CACHE_LIMIT) {
                    SUPPLEMENTARY_CACHE.put(cp, folded);
                }
            }
            return folded;
        }
        String folded = CACHE[cp];
        if (folded == null) {
            folded = computeFold(cp);
            CACHE[cp] = folded;
        }
        return folded;
    }

    private static String computeFold(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder withoutMarks = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(withoutMarks::appendCodePoint);
        String cased = withoutMarks.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        if (cased.length() == 1) {
            return LETTERS_OF_THEIR_OWN.getOrDefault((int) cased.charAt(0), cased);
        }
        return cased;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
