package org.sanctag.amounts;

import java.math.BigDecimal;

/**
 * A number as written, before anything says what it measures.
 *
 * @param start first char of the number
 * @param end the index after it
 * @param value its value
 * @param approximate a vague quantity ("dozens of"), whose value is the least it can mean
 * @param bareFourDigits four digits with no separator, as a year is written ("2017")
 * @param words written in words ("two", "zwei", "a pair of"), not in digits
 */
record Numeral(int start, int end, BigDecimal value, boolean approximate, boolean bareFourDigits, boolean words) {

    Numeral withEnd(int newEnd, BigDecimal newValue) {
        return new Numeral(start, newEnd, newValue, approximate, false, words);
    }

    boolean isInteger() {
        return Numbers.isInteger(value);
    }
}
