package org.sanctag.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text so that spellings a reader would call the same compare equal: compatibility forms
 * (ligatures, fullwidth letters, non-breaking spaces), accents and case, the same in every locale.
 *
 * <p>Each code point is folded on its own (NFKD, combining marks dropped, then an upper-then-lower
 * case round trip in {@link Locale#ROOT}, which gives full case folding such as "ß" to "ss"), so
 * every folded char knows which original code point it came from.
 */
public final class TextFolder {

    /** Folds of the first code points, computed once: they cover nearly all European text. */
    private static final String[] TABLE = new String[0x0800];

    static {
        for (int cp = 0; cp < TABLE.length; cp++) {
            TABLE[cp] = foldCodePoint(cp);
        }
    }

    private TextFolder() {
    }

    public static FoldedText fold(String original) {
        FoldedText.Builder folded = new FoldedText.Builder(original);
        int length = original.length();
        for (int i = 0; i < length; ) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                folded.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp), i, next);
            } else {
                folded.append(cp < TABLE.length ? TABLE[cp] : foldCodePoint(cp), i, next);
            }
            i = next;
        }
        return folded.build();
    }

    /** Folds a phrase from a rule file exactly as the text it will be compared with. */
    public static String foldString(String phrase) {
        return fold(phrase).folded();
    }

    static String foldCodePoint(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder withoutMarks = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> !isMark(c))
                .forEach(withoutMarks::appendCodePoint);
        return withoutMarks.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
