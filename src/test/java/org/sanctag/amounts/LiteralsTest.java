package org.sanctag.amounts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralsTest {

    private static final Literals MAGNITUDES =
            Literals.startingAt(List.of("millions", "million", "mln", "Mio.", "млн", "k"));

    @Test
    void offersOnlyTheLiteralsThatStartWithTheCharWrittenThereIgnoringCaseInTheirOrder() {
        String text = "€1.2 Million, 3 млн рублей, $5K";
        assertArrayEquals(
                new String[] {"millions", "million", "mln", "Mio."},
                MAGNITUDES.at(text, text.indexOf('M'), text.length()));
        assertArrayEquals(new String[] {"млн"}, MAGNITUDES.at(text, text.indexOf('м'), text.length()));
        assertArrayEquals(new String[] {"k"}, MAGNITUDES.at(text, text.indexOf('K'), text.length()));
        assertArrayEquals(new String[] {}, MAGNITUDES.at(text, text.indexOf('€'), text.length()));
    }

    @Test
    void offersNothingOutsideTheStretchRead() {
        String text = "5 million";
        assertArrayEquals(new String[] {}, MAGNITUDES.at(text, text.length(), text.length()));
        assertArrayEquals(new String[] {}, MAGNITUDES.at(text, 2, 2));
        assertArrayEquals(new String[] {}, MAGNITUDES.at(text, -1, text.length()));
    }

    @Test
    void readBackwardsOffersTheLiteralsThatEndWithTheCharBefore() {
        Literals bounds = Literals.endingAt(List.of("no more than", "more than", "over", "超过"));
        String text = "NO MORE THAN $500, 超过100万";
        int end = text.indexOf(" $");
        assertArrayEquals(new String[] {"no more than", "more than"}, bounds.endingAt(text, 0, end));
        assertArrayEquals(new String[] {"超过"}, bounds.endingAt(text, 0, text.indexOf('1')));
        assertArrayEquals(new String[] {}, bounds.endingAt(text, end, end));
    }

    @Test
    void refusesALiteralThatStartsWithASpaceOrAnApostrophe() {
        assertThrows(IllegalArgumentException.class, () -> Literals.startingAt(List.of(" de")));
        assertThrows(IllegalArgumentException.class, () -> Literals.endingAt(List.of("d'")));
    }
}
