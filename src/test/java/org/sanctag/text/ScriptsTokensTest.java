package org.sanctag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the scanner reads scripts other than Latin: CJK letters, Hangul words and their particles, compounds. */
class ScriptsTokensTest {

    private static List<String> folded(String... words) {
        return List.of(words).stream().map(TextFolder::foldString).toList();
    }

    @Test
    void eachHanAndKanaLetterIsAWordAndALatinBrandBesideThemStaysWhole() {
        assertEquals(folded("劳", "斯", "莱", "斯"), Tokens.wordsOf("劳斯莱斯"));
        assertEquals(folded("迈", "巴", "赫", "s650"), Tokens.wordsOf("迈巴赫S650"));
        assertEquals(folded("ロ", "ー", "ル", "ス", "ロ", "イ", "ス", "の", "phantom"), Tokens.wordsOf("ロールスロイスのPhantom"));
        assertEquals(Tokens.wordsOf("メルセデスベンツ"), Tokens.wordsOf("メルセデス・ベンツ"));
    }

    @Test
    void fullwidthAndHalfwidthFormsFoldTogether() {
        assertEquals(Tokens.wordsOf("S650"), Tokens.wordsOf("Ｓ６５０"));
        assertEquals(Tokens.wordsOf("レクサス"), Tokens.wordsOf("ﾚｸｻｽ"));
    }

    @Test
    void everyHangulSyllableIsReadAsItsFold() {
        for (char syllable = 0xAC00; syllable <= 0xD7A3; syllable++) {
            String word = String.valueOf(syllable);
            assertEquals(List.of(TextFolder.foldString(word)), Tokens.wordsOf(word), word);
            assertEquals(folded("마이" + word + "흐"), Tokens.wordsOf("마이" + word + "흐"), word);
        }
    }

    @Test
    void hangulNeverSharesAWordWithLatinButANumberKeepsItsCounter() {
        assertEquals(folded("s650", "은"), Tokens.wordsOf("S650은"));
        assertEquals(folded("2차"), Tokens.wordsOf("2차"));
    }

    @Test
    void aKoreanNounMatchesBeforeAParticleAndTheWordCoversTheNounOnly() {
        Vocabulary vocabulary = vocabulary("마이바흐", "북한");
        String text = "🚗 북한이 마이바흐를 샀다";
        Tokens tokens = Tokens.of(text, vocabulary);
        assertEquals(vocabulary.idOf(TextFolder.foldString("북한")), tokens.id(0));
        assertEquals(vocabulary.idOf(TextFolder.foldString("마이바흐")), tokens.id(1));
        Span noun = tokens.originalSpan(1, 2);
        assertEquals("마이바흐", text.substring(noun.start(), noun.end()));
        assertEquals(Vocabulary.UNKNOWN, tokens.id(2));
    }

    @Test
    void aKoreanTermNeverMatchesInsideALongerWord() {
        Tokens tokens = Tokens.of("북한산 등산로", vocabulary("북한"));
        assertEquals(Vocabulary.UNKNOWN, tokens.id(0));
    }

    @Test
    void decomposedHangulMatchesComposedAndKeepsItsOwnOffsets() {
        Vocabulary vocabulary = vocabulary("마이바흐");
        String text = Normalizer.normalize("마이바흐를", Normalizer.Form.NFD);
        Tokens tokens = Tokens.of(text, vocabulary);
        assertNotEquals(Vocabulary.UNKNOWN, tokens.id(0));
        Span noun = tokens.originalSpan(0, 1);
        assertEquals(Normalizer.normalize("마이바흐", Normalizer.Form.NFD), text.substring(noun.start(), noun.end()));
    }

    @Test
    void aCompoundMatchesItsHeadAfterThreeLettersOrMore() {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        int head = builder.addCompoundHead("limousine");
        Vocabulary vocabulary = builder.build();
        assertEquals(head, Tokens.of("Luxuslimousine", vocabulary).id(0));
        assertEquals(head, Tokens.of("Panzerlimousine", vocabulary).id(0));
        assertEquals(Vocabulary.UNKNOWN, Tokens.of("Xylimousine", vocabulary).id(0));
        assertEquals(
                Vocabulary.UNKNOWN, Tokens.of("Limousinenservice", vocabulary).id(0));
    }

    @Test
    void aStemStandsForItsInflectedForms() {
        WrittenPhrase stem = WrittenPhrase.parse("лимузин*");
        assertEquals("лимузин*", stem.key());
        assertEquals(true, stem.variants().contains(folded("лимузина")));
        assertEquals(true, stem.variants().contains(folded("лимузинами")));
        assertEquals(true, WrittenPhrase.parse("Uhr*").variants().contains(List.of("uhren")));
        WrittenPhrase compound = WrittenPhrase.parse("*limousine*");
        assertEquals(true, compound.compoundHead());
        assertEquals(true, compound.variants().contains(List.of("limousinen")));
    }

    private static Vocabulary vocabulary(String... words) {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        for (String word : words) {
            builder.add(TextFolder.foldString(word));
        }
        return builder.build();
    }
}
