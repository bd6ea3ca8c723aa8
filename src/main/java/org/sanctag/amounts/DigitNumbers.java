package org.sanctag.amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a number written in digits, in the conventions of the languages sanctag reads: English
 * {@code 1,234.56}, German and Spanish {@code 1.234,56}, French and Russian {@code 1 234,56} (with a
 * space, a no-break or a thin space), Swiss {@code 1'234}.
 *
 * <p>A separator between digits is read so:
 * <ul>
 *   <li>both a comma and a period: the last one is the decimal mark, the other groups thousands;</li>
 *   <li>a space groups thousands (only between groups of three after a first group of one to three);</li>
 *   <li>one comma or period alone: followed by exactly three digits after a first group of one to three
 *       digits other than 0, it groups thousands ({@code 2,000}, {@code 2.000}); otherwise it is the
 *       decimal mark ({@code 1.2}, {@code 1,5}, {@code 0.125});</li>
 *   <li>the same comma or period more than once groups thousands, and every group must have three
 *       digits: {@code 12.03.2017} is a date, not a number, and is not read.</li>
 * </ul>
 */
final class DigitNumbers {

    private DigitNumbers() {}

    /** The number whose first digit is at {@code start}, or null when the digits there are no number. */
    static Numeral read(CharSequence text, int start, int limit) {
        List<String> groups = new ArrayList<>();
        List<Character> separators = new ArrayList<>();
        int i = start;
        int groupStart = i;
        while (i < limit && Chars.isDigit(text.charAt(i))) {
            i++;
        }
        groups.add(digits(text, groupStart, i));
        while (i + 1 < limit && Chars.isDigit(text.charAt(i + 1))) {
            char separator = text.charAt(i);
            boolean space = Chars.isSpace(separator);
            if (!(space || separator == ',' || separator == '.' || Chars.isApostrophe(separator))) {
                break;
            }
            int next = i + 1;
            int nextEnd = next;
            while (nextEnd < limit && Chars.isDigit(text.charAt(nextEnd))) {
                nextEnd++;
            }
            if ((space || Chars.isApostrophe(separator)) && !(nextEnd - next == 3 && groupsOfThree(groups))) {
                break; // "in 2017 300 bottles" is two numbers; only "300 000" is one
            }
            separators.add(space || Chars.isApostrophe(separator) ? ' ' : separator);
            groups.add(digits(text, next, nextEnd));
            i = nextEnd;
        }
        BigDecimal value = interpret(groups, separators);
        if (value == null) {
            return null;
        }
        boolean bareFourDigits = separators.isEmpty() && groups.get(0).length() == 4;
        return new Numeral(start, i, value, false, bareFourDigits, false);
    }

    private static boolean groupsOfThree(List<String> groups) {
        if (groups.get(0).length() > 3) {
            return false;
        }
        for (int g = 1; g < groups.size(); g++) {
            if (groups.get(g).length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal interpret(List<String> groups, List<Character> separators) {
        if (separators.isEmpty()) {
            return new BigDecimal(groups.get(0));
        }
        int last = separators.size() - 1;
        char lastSeparator = separators.get(last);
        int decimalAt = -1;
        if (lastSeparator != ' ') {
            long sameAsLast =
                    separators.stream().filter(s -> s == lastSeparator).count();
            boolean anotherBefore = separators.stream().anyMatch(s -> s != lastSeparator);
            String after = groups.get(last + 1);
            String first = groups.get(0);
            if (sameAsLast == 1 && anotherBefore) {
                decimalAt = last;
            } else if (separators.size() == 1 && (after.length() != 3 || first.length() > 3 || first.equals("0"))) {
                decimalAt = last;
            }
        }
        int groupedUpTo = decimalAt == -1 ? groups.size() : decimalAt + 1;
        if (groupedUpTo > 1) {
            if (!groupsOfThree(groups.subList(0, groupedUpTo))) {
                return null;
            }
            char grouping = separators.get(0);
            for (int s = 0; s < groupedUpTo - 1; s++) {
                if (separators.get(s) != grouping) {
                    return null; // "1,234.567,8": no convention writes that
                }
            }
        }
        StringBuilder plain = new StringBuilder();
        for (int g = 0; g < groupedUpTo; g++) {
            plain.append(groups.get(g));
        }
        if (decimalAt != -1) {
            plain.append('.').append(groups.get(decimalAt + 1));
        }
        return new BigDecimal(plain.toString());
    }

    /** The digits as ASCII, so fullwidth {@code ３０００} reads as 3000. */
    private static String digits(CharSequence text, int start, int end) {
        StringBuilder ascii = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            ascii.append((char) ('0' + Character.digit(text.charAt(i), 10)));
        }
        return ascii.toString();
    }
}
