package org.sanctag.amounts;

import java.math.BigDecimal;

/**
 * Numbers written with the myriad units of Chinese, Japanese and Korean: {@code 3000万},
 * {@code 1억}, {@code 5천만}, {@code 3억2천만}, {@code 1억 5천만}, {@code 五千万}, {@code 两}.
 *
 * <p>A number is read left to right as sections, each ended by a large unit (万/萬/만 = 10⁴,
 * 億/亿/억 = 10⁸, 兆/조 = 10¹²): within a section, digits (Arabic or Han) are multiplied by the small
 * units that follow them (十/십 = 10, 百/백 = 100, 千/천 = 1000) and added up.
 */
final class EastAsianNumerals {

    private EastAsianNumerals() {}

    /** The value of a Han digit ({@code 〇零一二两兩三四五六七八九}), or -1. */
    static int hanDigit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '兩', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾', '십' -> 10;
            case '百', '佰', '백' -> 100;
            case '千', '仟', '천' -> 1000;
            default -> 0;
        };
    }

    static long largeUnit(char c) {
        return switch (c) {
            case '万', '萬', '만' -> 10_000L;
            case '億', '亿', '억' -> 100_000_000L;
            case '兆', '조' -> 1_000_000_000_000L;
            default -> 0;
        };
    }

    static boolean isUnit(char c) {
        return smallUnit(c) != 0 || largeUnit(c) != 0;
    }

    /**
     * Extends {@code digits} (a number in Arabic digits) by the units written straight after it, or
     * returns it unchanged when none follows.
     */
    static Numeral extend(CharSequence text, Numeral digits, int limit) {
        if (digits.end() >= limit || !isUnit(text.charAt(digits.end()))) {
            return digits;
        }
        return read(text, digits.start(), limit, digits);
    }

    /** A number in Han numerals starting at {@code start} ({@code 两}, {@code 五千万}), or null. */
    static Numeral readHan(CharSequence text, int start, int limit) {
        if (hanDigit(text.charAt(start)) < 0 && smallUnit(text.charAt(start)) != 10) {
            return null;
        }
        return read(text, start, limit, null);
    }

    private static Numeral read(CharSequence text, int start, int limit, Numeral firstDigits) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal current = null;
        int i = start;
        int end = start;
        boolean any = false;
        if (firstDigits != null) {
            current = firstDigits.value();
            i = end = firstDigits.end();
            any = true;
        }
        while (i < limit) {
            char c = text.charAt(i);
            if (current == null && Chars.isDigit(c)) {
                Numeral more = DigitNumbers.read(text, i, limit);
                if (more == null) {
                    break;
                }
                current = more.value();
                i = end = more.end(); // "1만5000원": the digits after a unit are its last section
                continue;
            }
            if (current == null && hanDigit(c) >= 0) {
                long digits = 0;
                while (i < limit && hanDigit(text.charAt(i)) >= 0) {
                    digits = digits * 10 + hanDigit(text.charAt(i));
                    i++;
                }
                current = BigDecimal.valueOf(digits);
                end = i;
                any = true;
                continue;
            }
            long small = smallUnit(c);
            long large = largeUnit(c);
            if (small != 0) {
                section = section.add((current == null ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(small)));
                current = null;
            } else if (large != 0) {
                section = section.add(current == null ? BigDecimal.ZERO : current);
                if (section.signum() == 0) {
                    break;
                }
                total = total.add(section.multiply(BigDecimal.valueOf(large)));
                section = BigDecimal.ZERO;
                current = null;
            } else {
                break;
            }
            i++;
            end = i;
            any = true;
            // "1억 5천만 원": Korean may write a space between sections
            if (large != 0 && i + 1 < limit && Chars.isSpace(text.charAt(i)) && Chars.isDigit(text.charAt(i + 1))) {
                int after = i + 1;
                while (after < limit && Chars.isDigit(text.charAt(after))) {
                    after++;
                }
                if (after < limit && isUnit(text.charAt(after))) {
                    i++;
                }
            }
        }
        if (!any) {
            return null;
        }
        if (current != null) {
            section = section.add(current);
        }
        BigDecimal value = total.add(section);
        if (value.signum() == 0) {
            return null;
        }
        return new Numeral(start, end, value, false, false, firstDigits == null);
    }
}
