package org.sanctag.amounts;

/**
 * What the readers ask of a character or of a stretch of text: the white space news puts inside
 * numbers, letters by script, and case-insensitive literals matched at a position.
 */
final class Chars {

    private Chars() {}

    /** A space, or one of the no-break and thin spaces that group digits in French and Russian text. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007' || c == '\t';
    }

    static boolean isDigit(char c) {
        return Character.isDigit(c);
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c);
    }

    /** Latin, Greek or Cyrillic letters: scripts that separate their words with spaces. */
    static boolean isSpacedLetter(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20); // ASCII first: most of the text, and no table lookup
            return lower >= 'a' && lower <= 'z';
        }
        return c < 0x0530 && Character.isLetter(c);
    }

    static boolean isHangul(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    static boolean isKana(char c) {
        return c >= 0x3040 && c <= 0x30FF;
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /**
     * Where {@code literal} ends if it is written at {@code at} (before {@code limit}), or -1. Case
     * does not matter; a space in the literal stands for any one space of {@link #isSpace}, an
     * apostrophe for any apostrophe. A literal that ends in a spaced letter must end a word.
     */
    static int matchAt(CharSequence text, int at, int limit, String literal) {
        int end = at + literal.length();
        if (at < 0 || end > limit) {
            return -1;
        }
        for (int i = 0; i < literal.length(); i++) {
            if (!same(text.charAt(at + i), literal.charAt(i))) {
                return -1;
            }
        }
        char last = literal.charAt(literal.length() - 1);
        if (isSpacedLetter(last) && end < limit && isSpacedLetter(text.charAt(end))) {
            return -1;
        }
        return end;
    }

    /**
     * Where {@code literal} starts if it is written so that it ends at {@code end} (and starts at or
     * after {@code floor}), or -1; a literal that starts with a spaced letter must start a word.
     */
    static int matchEndingAt(CharSequence text, int floor, int end, String literal) {
        int start = end - literal.length();
        if (start < floor) {
            return -1;
        }
        for (int i = 0; i < literal.length(); i++) {
            if (!same(text.charAt(start + i), literal.charAt(i))) {
                return -1;
            }
        }
        if (isSpacedLetter(literal.charAt(0)) && start > floor && isSpacedLetter(text.charAt(start - 1))) {
            return -1;
        }
        return start;
    }

    private static boolean same(char inText, char inLiteral) {
        if (inLiteral == ' ') {
            return isSpace(inText);
        }
        if (inLiteral == '\'') {
            return isApostrophe(inText);
        }
        if (inText == inLiteral) {
            return true;
        }
        if (inText < 128 && inLiteral < 128) { // ASCII: one letter's two cases differ in bit 0x20 alone
            char lower = (char) (inText | 0x20);
            return lower >= 'a' && lower <= 'z' && lower == (inLiteral | 0x20);
        }
        return Character.toLowerCase(inText) == Character.toLowerCase(inLiteral);
    }

    /** The index after the spaces starting at {@code at}. */
    static int skipSpaces(CharSequence text, int at, int limit) {
        int i = at;
        while (i < limit && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index of the first of the spaces that end at {@code at}. */
    static int skipSpacesBack(CharSequence text, int floor, int at) {
        int i = at;
        while (i > floor && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the run of spaced letters (and inner hyphens or apostrophes) starting at {@code at}. */
    static int wordEnd(CharSequence text, int at, int limit) {
        int i = at;
        while (i < limit) {
            char c = text.charAt(i);
            if (isSpacedLetter(c) || isDigit(c)) {
                i++;
            } else if ((c == '-' || isApostrophe(c)) && i > at && i + 1 < limit && isSpacedLetter(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The start of the word of spaced letters or digits that ends at {@code end}. */
    static int wordStart(CharSequence text, int floor, int end) {
        int i = end;
        while (i > floor && (isSpacedLetter(text.charAt(i - 1)) || isDigit(text.charAt(i - 1)))) {
            i--;
        }
        return i;
    }
}
