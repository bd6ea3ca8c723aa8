package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
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
    void modifierLetterApostropheEndsAWordLikeTheApostrophe() {
        List<String> expected = List.of("maybach", "s", "seat");
        for (String apostrophe : List.of("'", "\u2019", "\u02BC", "\uFF07")) {
            assertEquals(expected, Tokens.wordsOf("Maybach" + apostrophe + "s seat"), apostrophe);
        }
        assertEquals(List.of(TextFolder.foldString("Tver\u02B9")), Tokens.wordsOf("Tver\u02B9"), "U+02B9 is a letter");
    }

    @Test
    void anUnderscoreJoinsTheLettersAroundItIntoOneWordButNotAtAWordsEdge() {
        assertEquals(List.of("jaguar_xj_fan", "posted"), Tokens.wordsOf("jaguar_xj_fan Posted"));
        assertEquals(List.of("kim_motorcade_01", "jpg"), Tokens.wordsOf("KIM_motorcade_01.jpg"));
        assertEquals(List.of("the", "maybach"), Tokens.wordsOf("the _Maybach_"));
        assertEquals(List.of("a", "b"), Tokens.wordsOf("a__b"));
    }

    @Test
    void wordsAreWholeRunsOfLettersAndDigits() {
        assertEquals(List.of("cart", "watchdog", "s600"), Tokens.wordsOf("cart, watchdog; S600!"));
        assertEquals(List.of(TextFolder.foldString("북한"), "car"), Tokens.wordsOf("북한 🚗 car"));
    }

    @Test
    void reportsOriginalOffsetsOfWords() {
        String text = "🚗 A ROLLS–ROYCE";
        Tokens tokens = Tokens.of(text, vocabulary("rolls"));
        Span span = tokens.originalSpan(1, 3);
        assertEquals("ROLLS–ROYCE", text.substring(span.start(), span.end()));
        assertEquals(3, tokens.originalStart(0));
    }

    @Test
    void mapsFoldedWordsBackToTheirOriginalSpelling() {
        String original = "Die ﬂotte Straße 🚗 ROLEX";
        Tokens tokens = Tokens.of(original, vocabulary("flotte", "strasse", "rolex"));
        assertEquals(4, tokens.size());
        assertEquals(
                List.of("Die", "ﬂotte", "Straße", "ROLEX"),
                List.of(0, 1, 2, 3).stream()
                        .map(i -> tokens.originalSpan(i, i + 1))
                        .map(span -> original.substring(span.start(), span.end()))
                        .toList());
    }

    @Test
    void looksEveryWordUpInTheVocabulary() {
        Vocabulary vocabulary = vocabulary("rolex", "strasse", "bukhan");
        Tokens tokens = Tokens.of("A ROLEX on Straße, not a Rolexes", vocabulary);
        assertEquals(
                List.of(
                        Vocabulary.UNKNOWN,
                        vocabulary.idOf("rolex"),
                        Vocabulary.UNKNOWN,
                        vocabulary.idOf("strasse"),
                        Vocabulary.UNKNOWN,
                        Vocabulary.UNKNOWN,
                        Vocabulary.UNKNOWN),
                List.of(0, 1, 2, 3, 4, 5, 6).stream().map(tokens::id).toList());
    }

    @Test
    void readsWordsLongerThanItsBuffer() {
        String word = "a".repeat(100) + "é".repeat(50);
        Vocabulary vocabulary = vocabulary("a".repeat(100) + "e".repeat(50));
        Tokens tokens = Tokens.of(word + " " + word.toUpperCase(Locale.ROOT), vocabulary);
        assertEquals(List.of(0, 0), List.of(tokens.id(0), tokens.id(1)));
    }

    private static Vocabulary vocabulary(String... words) {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        for (String word : words) {
            builder.add(word);
        }
        return builder.build();
    }
}
