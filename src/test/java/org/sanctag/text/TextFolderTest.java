package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFolderTest {

    @Test
    void foldsCaseTheSameInEveryLocale() {
        assertEquals("rolls-royce phantom", TextFolder.foldString("ROLLS-ROYCE PHANTOM"));
        assertEquals("istanbul", TextFolder.foldString("İSTANBUL"));
    }

    @Test
    void foldsSharpSToDoubleS() {
        assertEquals(TextFolder.foldString("STRASSE"), TextFolder.foldString("Straße"));
    }

    @Test
    void foldsLigaturesFullwidthLettersAndAccents() {
        assertEquals("fine", TextFolder.foldString("ﬁne"));
        assertEquals("lexus", TextFolder.foldString("ＬＥＸＵＳ"));
        assertEquals("lurssen hermes", TextFolder.foldString("Lürssen Hermès"));
        assertEquals("cafe", TextFolder.foldString("cafe\u0301"));
    }

    @Test
    void foldsNonBreakingSpaceToSpace() {
        assertEquals("kim jong un", TextFolder.foldString("Kim\u00A0Jong\u00A0Un"));
    }

    @Test
    void mapsEveryFoldedCharBackToItsOriginal() {
        String original = "Die ﬂotte Straße 🚗 ROLEX";
        FoldedText folded = TextFolder.fold(original);
        int rolex = folded.folded().indexOf("rolex");
        Span span = folded.originalSpan(rolex, rolex + 5);
        assertEquals("ROLEX", original.substring(span.start(), span.end()));
        int strasse = folded.folded().indexOf("strasse");
        Span street = folded.originalSpan(strasse, strasse + "strasse".length());
        assertEquals("Straße", original.substring(street.start(), street.end()));
        int flotte = folded.folded().indexOf("flotte");
        Span ligature = folded.originalSpan(flotte, flotte + "flotte".length());
        assertEquals("ﬂotte", original.substring(ligature.start(), ligature.end()));
    }
}
