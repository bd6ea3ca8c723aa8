package org.sanctag.amounts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the sums of money and the counts stated in a stretch of text, in text order: each number
 * (in digits, in words, in Han numerals) is read as money if a currency stands by it, else as a
 * count if something countable follows it, else dropped. Stateless and thread-safe.
 */
public final class AmountFinder {

    private AmountFinder() {}

    /** The amounts in {@code text[from, to)}, with offsets into {@code text}. */
    public static List<Amount> find(CharSequence text, int from, int to) {
        return find(text, from, to, null);
    }

    /**
     * The amounts in {@code text[from, to)}, where a number in words is read only at the offsets of
     * {@code wordStarts} (ascending): the words that open one, which the caller has found already
     * among the text's words (see {@link #numberWordOpenings()}); null reads at every word. With no
     * such word and no digit or Han numeral, the stretch states no amount and is not read at all.
     */
    public static List<Amount> find(CharSequence text, int from, int to, int[] wordStarts) {
        if (wordStarts != null && wordStarts.length == 0 && !hasNumeral(text, from, to)) {
            return List.of();
        }
        List<Amount> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isInert(c)) {
                i++; // most chars of a Chinese or Japanese text: no number starts there
                continue;
            }
            Numeral number = null;
            int skipTo = i + 1;
            if (Chars.isDigit(c)) {
                skipTo = digitsEnd(text, i, to);
                if (startsNumber(text, from, i)) {
                    number = DigitNumbers.read(text, i, to);
                    number = number == null ? null : EastAsianNumerals.extend(text, number, to);
                }
            } else if (Chars.isSpacedLetter(c)) {
                skipTo = Chars.wordEnd(text, i, to);
                if ((i == from || !Chars.isSpacedLetter(text.charAt(i - 1)))
                        && (wordStarts == null || Arrays.binarySearch(wordStarts, i) >= 0)) {
                    number = NumberWords.read(text, i, to);
                }
            } else if (startsHanNumber(text, from, i)) {
                number = EastAsianNumerals.readHan(text, i, to);
            }
            if (number == null) {
                i = Math.max(skipTo, i + 1);
                continue;
            }
            Amount amount = MoneyReader.read(text, from, to, number);
            if (amount != null) {
                amount = amount.bounded(BoundWords.of(text, from, to, amount));
            } else {
                amount = CountReader.read(text, from, to, number);
            }
            if (amount != null
                    && (found.isEmpty() || found.get(found.size() - 1).end() <= amount.start())) {
                found.add(amount);
                i = Math.max(amount.end(), number.end());
            } else {
                i = Math.max(number.end(), i + 1);
            }
        }
        return List.copyOf(found);
    }

    public static List<Amount> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /**
     * The words a number written in words can open with, each as written ("two", "zwei", "dutzende")
     * or, where one word alone would open too many ("a pair of", "des centaines de"), as its first two
     * words ("a pair", "des centaines"): a stretch of text with none of them among its words, and
     * no digit or Han numeral, states no amount.
     */
    public static List<String> numberWordOpenings() {
        return NumberWords.openings();
    }

    /** Whether {@code text[from, to)} holds a digit (of any script) or a Han numeral. */
    private static boolean hasNumeral(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isNumeral(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of each char of the Basic Multilingual Plane, worked out once from the tests it stands
     * for, so a text is read with one table lookup per char: {@link #NUMERAL} (a digit of any script
     * or a Han numeral) and {@link #INERT} (neither a numeral nor a letter of a spaced script: no
     * number starts at it, as at most chars of Chinese or Japanese), else 0 (a letter that may open
     * a number word).
     */
    private static final byte[] KIND = new byte[0x10000];

    private static final byte NUMERAL = 1;
    private static final byte INERT = 2;

    static {
        for (int c = 0; c < KIND.length; c++) {
            char ch = (char) c;
            boolean numeral = Chars.isDigit(ch) || isHanNumeral(ch);
            KIND[c] = numeral ? NUMERAL : Chars.isSpacedLetter(ch) ? 0 : INERT;
        }
    }

    private static boolean isNumeral(char c) {
        return KIND[c] == NUMERAL;
    }

    private static boolean isInert(char c) {
        return KIND[c] == INERT;
    }

    private static boolean isHanNumeral(char c) {
        return EastAsianNumerals.hanDigit(c) >= 0 || c == '十';
    }

    /**
     * Digits start a number unless a letter of a spaced script is joined to them ("S680", "G63")
     * or they follow an ordinal mark (제2대 "the second", 第二); a digit after a decimal mark is
     * inside a number already read.
     */
    private static boolean startsNumber(CharSequence text, int from, int i) {
        if (i == from) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !Chars.isSpacedLetter(before) && before != '제' && before != '第' && !Chars.isDigit(before);
    }

    private static boolean startsHanNumber(CharSequence text, int from, int i) {
        if (!isHanNumeral(text.charAt(i))) {
            return false;
        }
        if (i == from) {
            return true;
        }
        char before = text.charAt(i - 1);
        return before != '第' && EastAsianNumerals.hanDigit(before) < 0 && !EastAsianNumerals.isUnit(before);
    }

    private static int digitsEnd(CharSequence text, int i, int to) {
        int end = i;
        while (end < to && Chars.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
