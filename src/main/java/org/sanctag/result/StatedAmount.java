package org.sanctag.result;

import java.math.BigDecimal;

/**
 * An amount a passage states: a sum of money ({@code US$14,160}, {@code 1억 원}) or a count of the
 * goods it names ({@code 90,000 bottles of vodka}, {@code two Maybach limousines}).
 *
 * @param start code point offset of the amount (for a count, with the goods it counts)
 * @param end code point offset after it
 * @param text the amount as written
 * @param kind money or count
 * @param value the number stated, scaled ("€1.2 million" is 1200000); for a vague count ("dozens
 *     of") the least it can mean
 * @param approximate true for a vague count
 * @param currency the ISO 4217 code of money; null for a count
 * @param unit what a count counts, as written: its measure word or counter ({@code bottles},
 *     {@code 대}), or else the goods ({@code limousines}); null for money
 */
public record StatedAmount(
        int start,
        int end,
        String text,
        AmountKind kind,
        BigDecimal value,
        boolean approximate,
        String currency,
        String unit) {}
