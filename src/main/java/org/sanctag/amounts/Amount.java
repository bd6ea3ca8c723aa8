package org.sanctag.amounts;

import java.math.BigDecimal;
import java.util.Objects;
import org.sanctag.text.Span;

/**
 * A stated amount: a sum of money or a count of things, with where it stands in the text (UTF-16
 * indices into the original text, half-open, as {@code org.sanctag.text} hands them out).
 *
 * @param kind money or count
 * @param span the amount as written: {@code US$14,160}, {@code 3억2천만원}, {@code 90,000},
 *     {@code a pair of}, {@code 2대}
 * @param value the number the text states; for a vague count ("dozens of") the least it can mean
 * @param approximate whether the text states a vague count ("dozens", "hundreds") rather than a number
 * @param currency the ISO 4217 code of money; null for a count
 * @param unit for a count, the measure word or counter it is stated in ({@code bottles},
 *     {@code pairs}, {@code 대}, {@code 辆}); null when the number stands straight before what it counts
 * @param counted for a count, where the counted things can stand: the few words after it (before it
 *     for a Korean or Japanese counter written after its noun); null for money
 * @param bound for money, whether the text states the value itself or a bound ("more than $500");
 *     {@link Bound#EXACT} for a count
 */
public record Amount(
        Kind kind,
        Span span,
        BigDecimal value,
        boolean approximate,
        String currency,
        Span unit,
        Span counted,
        Bound bound) {

    /** What an amount measures. */
    public enum Kind {
        MONEY,
        COUNT
    }

    public Amount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(bound, "bound");
        if ((kind == Kind.MONEY) != (currency != null)) {
            throw new IllegalArgumentException("money, and only money, has a currency");
        }
        if (kind == Kind.COUNT && counted == null) {
            throw new IllegalArgumentException("a count says where its counted words stand");
        }
    }

    static Amount money(Span span, BigDecimal value, String currency) {
        return new Amount(Kind.MONEY, span, Numbers.plain(value), false, currency, null, null, Bound.EXACT);
    }

    /** This sum as a bound of its value. */
    Amount bounded(Bound stated) {
        return new Amount(kind, span, value, approximate, currency, unit, counted, stated);
    }

    static Amount count(Span span, BigDecimal value, boolean approximate, Span unit, Span counted) {
        return new Amount(Kind.COUNT, span, Numbers.plain(value), approximate, null, unit, counted, Bound.EXACT);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
