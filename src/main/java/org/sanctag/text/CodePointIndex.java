package org.sanctag.text;

/**
 * Turns UTF-16 indices of one text into code point offsets, so that a client in a language that
 * counts code points (Python's {@code text[start:end]}) cuts out exactly the reported text.
 */
public final class CodePointIndex {

    /** Code points before each UTF-16 index; null when the text has no surrogate pairs. */
    private final int[] codePointsBefore;

    private CodePointIndex(int[] codePointsBefore) {
        this.codePointsBefore = codePointsBefore;
    }

    public static CodePointIndex of(String text) {
        // Counting code points is free for text stored as Latin-1 and one tight loop otherwise.
        if (text.codePointCount(0, text.length()) == text.length()) {
            return new CodePointIndex(null);
        }
        int[] before = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            before[i] = count;
            boolean lowHalfOfPair =
                    Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (!lowHalfOfPair) {
                count++;
            }
        }
        before[text.length()] = count;
        return new CodePointIndex(before);
    }

    public int codePointOffset(int utf16Index) {
        return codePointsBefore == null ? utf16Index : codePointsBefore[utf16Index];
    }
}
