package org.sanctag.amounts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AmountFinderRobustnessTest {

    /** The characters the readers look at, mixed so that every reader meets its edge cases. */
    private static final String ALPHABET = "0123456789 ,.'’-%$€£¥₩元円万億억만천원대台辆两五第제aAmkbnS\u00A0\u202F:/+d";

    @Test
    void readsAnyMixOfDigitsSeparatorsAndUnitsWithinItsBounds() {
        Random random = new Random(2397);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            List<Amount> amounts = AmountFinder.find(text, from, to);
            int previousEnd = from;
            for (Amount amount : amounts) {
                String where = "'" + text + "' [" + from + ", " + to + ")";
                assertTrue(amount.start() >= previousEnd && amount.end() <= to, where);
                assertTrue(amount.value().signum() > 0, where);
                if (amount.counted() != null) {
                    assertTrue(
                            amount.counted().start() >= from && amount.counted().end() <= to, where);
                }
                previousEnd = amount.end();
            }
        }
    }
}
