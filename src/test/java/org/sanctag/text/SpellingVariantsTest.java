package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void addsThePluralAndTheClosedCompound() {
        assertEquals(
                List.of(List.of("jet", "ski"), List.of("jet", "skis"), List.of("jetski"), List.of("jetskis")),
                List.copyOf(SpellingVariants.of(List.of("jet", "ski"))));
    }

    @Test
    void givesANameEndingInChBothPlurals() {
        assertEquals(
                List.of(List.of("maybach"), List.of("maybaches"), List.of("maybachs")),
                List.copyOf(SpellingVariants.of(List.of("maybach"))));
    }

    @Test
    void givesAModelNumberItsBareSPlural() {
        assertEquals(List.of(List.of("s600"), List.of("s600s")), List.copyOf(SpellingVariants.of(List.of("s600"))));
    }
}
