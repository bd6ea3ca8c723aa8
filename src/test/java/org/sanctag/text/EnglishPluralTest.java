package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishPluralTest {

    @Test
    void formsRegularPlurals() {
        assertEquals("limousines", EnglishPlural.of("limousine"));
        assertEquals("watches", EnglishPlural.of("watch"));
        assertEquals("lexuses", EnglishPlural.of("lexus"));
        assertEquals("luxuries", EnglishPlural.of("luxury"));
        assertEquals("toys", EnglishPlural.of("toy"));
    }

    @Test
    void addsTheBareSPluralOfNamesEndingInCh() {
        assertEquals(List.of("maybaches", "maybachs"), EnglishPlural.forms("maybach"));
        assertEquals(List.of("limousines"), EnglishPlural.forms("limousine"));
    }

    @Test
    void givesModelDesignationsABareS() {
        assertEquals("s600s", EnglishPlural.of("s600"));
        assertEquals("600s", EnglishPlural.of("600"));
    }

    @Test
    void givesAPronounNoPluralSinceItsIsAPossessive() {
        assertEquals(List.of(), EnglishPlural.forms("it"));
        assertEquals(List.of(), EnglishPlural.forms("these"));
        assertEquals(List.of("ones"), EnglishPlural.forms("one"));
    }
}
