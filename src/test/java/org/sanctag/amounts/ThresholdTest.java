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
    void aBoundCountsForWhatItRulesOut() {
        assertEquals(Outcome.ABOVE, snowmobile("Snowmobiles worth more than $2,000 are banned."));
        assertEquals(Outcome.ABOVE, snowmobile("Snowmobiles valued in excess of US$2,000 are banned."));
        assertEquals(Outcome.UNDECIDED, snowmobile("Each snowmobile cost at least $2,000."));
        assertEquals(Outcome.ABOVE, snowmobile("Each snowmobile cost at least $2,500."));
        assertEquals(Outcome.BELOW, snowmobile("Each snowmobile cost less than $2,000."));
        assertEquals(Outcome.UNDECIDED, snowmobile("Each snowmobile cost less than $3,000."));
        assertEquals(Outcome.BELOW, snowmobile("Each snowmobile cost no more than $1,800."));
        assertEquals(Outcome.UNDECIDED, snowmobile("Each snowmobile cost over $1,000."));
        assertEquals(Outcome.ABOVE, snowmobile("Запрещены снегоходы дороже 2 тыс. долларов."));
    }

    @Test
    void boundWordsAreReadInEveryLanguageAndOnTheirSide() {
        Threshold won = new Threshold(new BigDecimal("100000000"), "KRW", Map.of());
        assertEquals(Outcome.UNDECIDED, won.compare(AmountFinder.find("설상차 한 대가 1억 원 이상에 팔렸다.")));
        assertEquals(Outcome.ABOVE, won.compare(AmountFinder.find("설상차 한 대가 1억 원 초과에 팔렸다.")));
        assertEquals(Outcome.BELOW, won.compare(AmountFinder.find("설상차 한 대가 1억 원 미만이었다.")));
        assertEquals(Outcome.ABOVE, snowmobile("Jeder Motorschlitten kostete über 2.000 Dollar."));
        assertEquals(Outcome.ABOVE, snowmobile("每辆雪地摩托超过2000美元。"));
        assertEquals(Outcome.BELOW, snowmobile("The hovercraft was never more than a toy: it cost $1,900."));
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
