package org.sanctag.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.List;

/** Test helpers: the amounts of a sentence, by what they say. */
final class Found {

    private Found() {}

    static List<Amount> in(String text) {
        return AmountFinder.find(text);
    }

    static String textOf(String text, Amount amount) {
        return text.substring(amount.start(), amount.end());
    }

    /** Asserts the sentence states exactly one sum of money: this text, value and currency. */
    static void money(String sentence, String written, String value, String currency) {
        List<Amount> money =
                in(sentence).stream().filter(a -> a.kind() == Amount.Kind.MONEY).toList();
        if (money.size() != 1) {
            fail("expected one sum of money in '" + sentence + "', found " + describe(sentence, money));
        }
        Amount amount = money.get(0);
        assertEquals(written, textOf(sentence, amount), sentence);
        assertEquals(new BigDecimal(value), amount.value(), sentence);
        assertEquals(currency, amount.currency(), sentence);
    }

    /** Asserts the sentence states one count: its text, value, unit (or null) and counted words. */
    static void count(String sentence, String written, long value, String unit, String counted) {
        List<Amount> counts =
                in(sentence).stream().filter(a -> a.kind() == Amount.Kind.COUNT).toList();
        if (counts.size() != 1) {
            fail("expected one count in '" + sentence + "', found " + describe(sentence, counts));
        }
        Amount amount = counts.get(0);
        assertEquals(written, textOf(sentence, amount), sentence);
        assertEquals(BigDecimal.valueOf(value), amount.value(), sentence);
        assertEquals(
                unit,
                amount.unit() == null
                        ? null
                        : sentence.substring(
                                amount.unit().start(), amount.unit().end()),
                sentence);
        assertEquals(
                counted,
                sentence.substring(amount.counted().start(), amount.counted().end()),
                sentence);
    }

    static void none(String sentence) {
        List<Amount> amounts = in(sentence);
        if (!amounts.isEmpty()) {
            fail("expected no amount in '" + sentence + "', found " + describe(sentence, amounts));
        }
    }

    static String describe(String sentence, List<Amount> amounts) {
        return amounts.stream()
                .map(a -> a.kind() + " '" + textOf(sentence, a) + "' "
                        + a.value().toPlainString() + (a.currency() == null ? "" : " " + a.currency()))
                .toList()
                .toString();
    }
}
