package org.sanctag.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DigitNumbersTest {

    private static BigDecimal read(String digits) {
        Numeral numeral = DigitNumbers.read(digits, 0, digits.length());
        return numeral == null ? null : Numbers.plain(numeral.value());
    }

    private static int end(String digits) {
        return DigitNumbers.read(digits, 0, digits.length()).end();
    }

    @Test
    void readsEachConvention() {
        assertEquals(new BigDecimal("1234.56"), read("1,234.56"));
        assertEquals(new BigDecimal("1234.56"), read("1.234,56"));
        assertEquals(new BigDecimal("1234.56"), read("1 234,56"));
        assertEquals(new BigDecimal("1234567"), read("1'234'567"));
        assertEquals(new BigDecimal("1234567"), read("1.234.567"));
        assertEquals(new BigDecimal("3000"), read("３０００"));
    }

    @Test
    void aLoneSeparatorBeforeThreeDigitsGroupsOtherwiseItIsADecimalMark() {
        assertEquals(new BigDecimal("2000"), read("2,000"));
        assertEquals(new BigDecimal("2000"), read("2.000"));
        assertEquals(new BigDecimal("1.2"), read("1.2"));
        assertEquals(new BigDecimal("1.5"), read("1,5"));
        assertEquals(new BigDecimal("0.125"), read("0.125"));
        assertEquals(new BigDecimal("8703.1"), read("8703.10"));
    }

    @Test
    void aSpaceGroupsOnlyGroupsOfThree() {
        assertEquals(4, end("2017 300"));
        assertEquals(7, end("500 000"));
        assertEquals(3, end("500 0000"));
    }

    @Test
    void aDateIsNoNumber() {
        assertNull(read("12.03.2017"));
        assertNull(read("1,234.567,8"));
    }

    @Test
    void trailingPunctuationIsNotPartOfTheNumber() {
        assertEquals(5, end("2,000, then"));
        assertEquals(5, end("2,000."));
    }
}
