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
    void foldsCodePointsBeyondTheBasicPlaneTheSameEveryTime() {
        // the first fold of each is computed, the second read from the cache
        for (int round = 0; round < 2; round++) {
            assertEquals(
                    "\uD83D\uDE97 \uD83C\uDDF0\uD83C\uDDF5",
                    TextFolder.foldString("\uD83D\uDE97 \uD83C\uDDF0\uD83C\uDDF5"));
            assertEquals("a", TextFolder.foldString("\uD835\uDC00")); // MATHEMATICAL BOLD CAPITAL A
            assertEquals("\uD840\uDC0B", TextFolder.foldString("\uD840\uDC0B")); // a Han letter of extension B
        }
    }

    @Test
    void foldsNonBreakingSpaceToSpace() {
        assertEquals("kim jong un", TextFolder.foldString("Kim\u00A0Jong\u00A0Un"));
    }

    @Test
    void foldsLettersThatNfkdLeavesWholeToTheirPlainSpelling() {
        assertEquals(TextFolder.foldString("Bjorn"), TextFolder.foldString("Bjørn"));
        assertEquals(TextFolder.foldString("BJORN"), TextFolder.foldString("BJØRN"));
        assertEquals(TextFolder.foldString("Lodz"), TextFolder.foldString("Łódź"));
        assertEquals("aeroskobing", TextFolder.foldString("Ærøskøbing"));
        assertEquals("oeuvre", TextFolder.foldString("Œuvre"));
        assertEquals("dakovica", TextFolder.foldString("Đakovica"));
        assertEquals("thorshofn", TextFolder.foldString("Þórshöfn"));
        assertEquals("strasse", TextFolder.foldString("Straße"));
    }
}
