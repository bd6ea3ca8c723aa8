package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void hyphensDashesAndSpacesAllSeparateWords() {
        List<String> expected = List.of("rolls", "royce");
        assertEquals(expected, Tokens.wordsOf("Rolls-Royce"));
        assertEquals(expected, Tokens.wordsOf("Rolls Royce"));
        assertEquals(expected, Tokens.wordsOf("Rolls–Royce"));
        assertEquals(expected, Tokens.wordsOf("Rolls\nRoyce"));
        assertEquals(expected, Tokens.wordsOf("Rolls\u00A0Royce"));
    }

    @Test
    void apostrophesEndAWordSoPossessivesKeepTheName() {
        assertEquals(List.of("kim", "s", "car"), Tokens.wordsOf("Kim's car"));
        assertEquals(List.of("kim", "s", "car"), Tokens.wordsOf("Kim’s car"));
    }

    @Test
    void wordsAreWholeRunsOfLettersAndDigits() {
        assertEquals(List.of("cart", "watchdog", "s600"), Tokens.wordsOf("cart, watchdog; S600!"));
        assertEquals(List.of(TextFolder.foldString("북한"), "car"), Tokens.wordsOf("북한 🚗 car"));
    }

    @Test
    void reportsOriginalOffsetsOfWords() {
        String text = "🚗 A ROLLS–ROYCE";
        Tokens tokens = Tokens.of(TextFolder.fold(text));
        Span span = tokens.originalSpan(1, 3);
        assertEquals("ROLLS–ROYCE", text.substring(span.start(), span.end()));
        assertEquals(3, tokens.originalStart(0));
    }
}
