package org.sanctag.amounts;

import org.sanctag.text.Span;

/**
 * Reads a number as a sum of money when a currency stands before or after it: {@code US$14,160},
 * {@code €1.2 million}, {@code 10,000-dollar}, {@code 2 millions d'euros}, {@code 3억2천만원},
 * {@code 人民币500万元}. A number with no currency is no money: "resolution 2397", "in 2017".
 */
final class MoneyReader {

    private MoneyReader() {}

    static Amount read(CharSequence text, int floor, int limit, Numeral number) {
        Numeral scaled = Magnitudes.after(text, number, limit);
        Currencies.Found before = Currencies.before(text, floor, number.start());
        Currencies.Found after = Currencies.after(text, scaled.end(), limit);
        if ((before == null && after == null) || scaled.value().signum() <= 0) {
            return null;
        }
        if (number.words() && before == null && isSingleHanDigit(text, number)) {
            return null; // 一元化 is "unification", not one yuan
        }
        if (scaled.end() < limit && (text.charAt(scaled.end()) == '%' || text.charAt(scaled.end()) == '％')) {
            return null;
        }
        String code = before != null ? before.code() : after.code();
        if (before != null
                && after != null
                && !before.code().equals(after.code())
                && before.code().equals("JPY")) {
            code = after.code(); // "¥500万元", "¥10 million yuan": the yuan, named after the number
        }
        int start = before != null ? before.start() : number.start();
        int end = after != null ? after.end() : scaled.end();
        return Amount.money(new Span(start, end), scaled.value(), code);
    }

    private static boolean isSingleHanDigit(CharSequence text, Numeral number) {
        return number.end() - number.start() == 1 && EastAsianNumerals.hanDigit(text.charAt(number.start())) >= 0;
    }
}
