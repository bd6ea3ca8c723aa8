package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    @Test
    void countsCodePointsNotUtf16Units() {
        String text = "🇰🇵 Kim 🚗 Aurus";
        CodePointIndex index = CodePointIndex.of(text);
        int aurus = text.indexOf("Aurus");
        assertEquals(12, aurus);
        assertEquals(9, index.codePointOffset(aurus));
        assertEquals(14, index.codePointOffset(text.length()));
    }

    @Test
    void isTheIdentityWithoutSurrogates() {
        String text = "Straße in Pyongyang";
        CodePointIndex index = CodePointIndex.of(text);
        assertEquals(text.length(), index.codePointOffset(text.length()));
        assertEquals(5, index.codePointOffset(5));
    }
}
