package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctag.amounts.AmountFinder;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.RuleSetLoader;
import org.sanctag.text.Tokens;

/**
 * The amounts found from the words that open a number are those found by reading every word: on
 * sentences written for the purpose, and on every text of the evaluation corpus in every language.
 */
class NumberOpeningsTest {

    private static final CompiledRules RULES = CompiledRules.compile(
            RuleSetLoader.bundledAll().sets().stream().map(LoadedRuleSet::rules).toList());

    @Test
    void opensWhereANumberInWordsStartsAndNowhereElse() {
        String text = "A pair of Rolex watches, a car and Two Maybachs; the fünf Uhren and a dozen rugs.";
        Tokens tokens = Tokens.of(text, RULES.matcher().vocabulary());
        int[] starts = RULES.numberOpenings().startsIn(tokens, 0, tokens.size());
        assertArrayEquals(
                new int[] {text.indexOf("A pair"), text.indexOf("Two"), text.indexOf("fünf"), text.indexOf("a dozen")},
                starts);
    }

    @Test
    void findsTheSameAmountsAsReadingEveryWord() {
        List<String> sentences = List.of(
                "Customs seized two Mercedes and a pair of jet skis worth $40,000.",
                "Zwei Luxusautos, dreißig Uhren und Dutzende Teppiche gingen nach Pjöngjang.",
                "Des centaines de montres et une douzaine de yachts, pour deux millions d'euros.",
                "Cientos de relojes y una docena de yates llegaron por dos millones de dólares.",
                "Из Владивостока ушли трёх лимузинов и десятки часов на сумму пять миллионов рублей.",
                "마이바흐 2대와 롤렉스 시계 수십 개가 3억 원어치 밀반입됐다.",
                "高級車二十台と腕時計三百本が押収された。",
                "No number in this sentence at all, only a car and a watch.");
        for (String sentence : sentences) {
            assertSameAmounts(sentence);
        }
    }

    @Test
    void findsTheSameAmountsOnEveryCorpusText() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval"))) {
            List<Path> texts =
                    files.filter(path -> path.toString().endsWith(".txt")).toList();
            for (Path text : texts) {
                assertSameAmounts(Files.readString(text));
            }
            assertTrue(texts.size() > 300, "the corpus is read: " + texts.size() + " texts");
        }
    }

    private static void assertSameAmounts(String text) {
        Tokens tokens = Tokens.of(text, RULES.matcher().vocabulary());
        int[] starts = RULES.numberOpenings().startsIn(tokens, 0, tokens.size());
        assertEquals(
                AmountFinder.find(text, 0, text.length()),
                AmountFinder.find(text, 0, text.length(), starts),
                text.length() > 80 ? text.substring(0, 80) : text);
    }
}
