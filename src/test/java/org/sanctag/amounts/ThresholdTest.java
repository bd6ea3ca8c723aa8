package org.sanctag.amounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctag.amounts.Threshold.Outcome;

class ThresholdTest {

    private static final Threshold SNOWMOBILES = new Threshold(new BigDecimal("2000"), "USD", Map.of());

    private static Outcome snowmobile(String sentence) {
        return SNOWMOBILES.compare(AmountFinder.find(sentence));
    }

    @Test
    void aStatedValueIsAboveOrBelow() {
        assertEquals(Outcome.ABOVE, snowmobile("He bought a snowmobile worth $3,000."));
        assertEquals(Outcome.BELOW, snowmobile("He bought a snowmobile worth $1,500."));
    }

    @Test
    void aValueEqualToTheThresholdIsNotAboveIt() {
        assertEquals(Outcome.BELOW, snowmobile("The snowmobile was valued at USD 2,000."));
        assertEquals(Outcome.ABOVE, snowmobile("The snowmobile was valued at USD 2,000.01."));
    }

    @Test
    void noMoneyIsNotStatedAndCountsAreNoMoney() {
        assertEquals(Outcome.NOT_STATED, snowmobile("Kim rode 3 snowmobiles in the hills."));
    }

    @Test
    void anotherCurrencyIsConvertedOnlyWithAGivenRate() {
        assertEquals(Outcome.OTHER_CURRENCY, snowmobile("The snowmobile cost €2,500."));
        Threshold withRate = new Threshold(new BigDecimal("2000"), "USD", Map.of("EUR", new BigDecimal("1.10")));
        assertEquals(Outcome.ABOVE, withRate.compare(AmountFinder.find("The snowmobile cost €2,500.")));
        assertEquals(Outcome.BELOW, withRate.compare(AmountFinder.find("The snowmobile cost €1,500.")));
        assertEquals(Outcome.BELOW, withRate.compare(AmountFinder.find("It cost €1,500 or 200,000 yen.")));
    }

    @Test
    void anyValueAboveMakesThePassageAbove() {
        assertEquals(Outcome.ABOVE, snowmobile("Ten snowmobiles at $1,500 each cost $15,000."));
    }

    @Test
    void refusesAThresholdThatCannotBeCompared() {
        assertThrows(IllegalArgumentException.class, () -> new Threshold(BigDecimal.ZERO, "USD", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Threshold(BigDecimal.TEN, "dollars", Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Threshold(BigDecimal.TEN, "USD", Map.of("EUR", BigDecimal.ZERO)));
    }
}
