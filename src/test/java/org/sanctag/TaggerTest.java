package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctag.result.CategorySummary;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/** The rule language and relevance, on the small rule set in src/test/resources/rules/small.yaml. */
class TaggerTest {

    private static final Tagger TAGGER =
            Tagger.of(RuleSetLoader.fromFile(Path.of("src/test/resources/rules/small.yaml")));

    private static List<String> matched(String text) {
        return TAGGER.tag(text).passages().stream()
                .flatMap(passage -> passage.matches().stream())
                .map(match -> match.text() + "/" + match.rule())
                .toList();
    }

    @Test
    void flagsRollsRoyceInEverySpelling() {
        for (String spelling : List.of(
                "Rolls-Royce Phantom",
                "Rolls Royce Phantom",
                "rolls-royce phantom",
                "ROLLS–ROYCE PHANTOM",
                "Rolls\u00A0Royce Phantom",
                "Rolls-\nRoyce Phantom",
                "RollsRoycePhantom")) {
            assertEquals(
                    List.of(spelling + "/vehicles.models"),
                    matched("He rode in a " + spelling + " yesterday."),
                    spelling);
        }
    }

    @Test
    void prefersTheLongestOfOverlappingMatches() {
        assertEquals(List.of("Rolls-Royce Phantom/vehicles.models"), matched("A Rolls-Royce Phantom was seen."));
    }

    @Test
    void matchesRegularPluralsAndPossessives() {
        assertEquals(List.of("limousines/vehicles.models"), matched("Two limousines arrived."));
        assertEquals(List.of("Aurus Senat/vehicles.models"), matched("The Aurus Senat’s doors opened."));
    }

    @Test
    void notNearVetoesATermWithinItsWindow() {
        assertEquals(List.of(), matched("The Rolls-Royce jet engine contract was signed."));
        assertEquals(
                List.of("Rolls-Royce/vehicles.brands"),
                matched("A Rolls-Royce waited while mechanics in another hangar serviced the engine."));
    }

    @Test
    void nearNeedsContextInTheSameSentence() {
        assertEquals(List.of("Mercedes/vehicles.mercedes"), matched("A black Mercedes, a Benz sedan, waited."));
        assertEquals(List.of(), matched("Mercedes called her sister."));
        assertEquals(List.of(), matched("Mercedes called. The sedan waited."));
    }

    @Test
    void afterNeedsOneOfItsPhrasesRightBeforeTheTermInTheSameSentence() {
        assertEquals(List.of("S-Class/vehicles.model_codes"), matched("He bought an S-Class in Dalian."));
        assertEquals(List.of("S-Class/vehicles.model_codes"), matched("It was an armoured black S-Class."));
        assertEquals(List.of(), matched("Kim's class met in Pyongyang."));
        assertEquals(List.of(), matched("He bought a car. S-Class sedans followed."));
    }

    @Test
    void exclusionsVetoOverlappingMatchesOnly() {
        assertEquals(List.of(), matched("Mercedes Sosa sang beside a Benz sedan."));
        assertEquals(List.of(), matched("Veterans gathered at Pearl Harbor."));
        assertEquals(List.of("pearls/jewellery.pearl"), matched("Near Pearl Harbor she bought pearls."));
        assertEquals(List.of(), matched("Human Rights Watch criticised a gold-plated budget."));
    }

    @Test
    void weakTermsCountOnlyAfterAStrongMentionOfTheirCategory() {
        assertEquals(List.of(), matched("A car exploded in the market."));
        assertEquals(
                List.of("limousine/vehicles.models", "car/vehicles.generic"),
                matched("Kim received a limousine. The car was armoured."));
    }

    @Test
    void keepsOnePhraseInEveryCategoryItNames() {
        TagResult result = TAGGER.tag("Kim Jong Un wore Cartier.");
        assertEquals(List.of("watches", "jewellery"), result.passages().get(0).categories());
    }

    @Test
    void wordsInsideOtherWordsNeverMatch() {
        assertEquals(List.of(), matched("The cart passed the watchdog and the carpool."));
    }

    @Test
    void ratesRelevanceByJurisdictionAndTransferSignals() {
        String text = "A Rolex was on display in Geneva. "
                + "Shipping agents discussed limousines for weeks. "
                + "The limousine was smuggled out by sea. "
                + "Another Rolex sat in the window. "
                + "Officials in Pyongyang denied it.";
        List<Passage> passages = TAGGER.tag(text).passages();
        assertEquals(
                List.of(Relevance.MEDIUM, Relevance.MEDIUM, Relevance.HIGH, Relevance.HIGH),
                passages.stream().map(Passage::relevance).toList());
    }

    @Test
    void anArticleThatNeverNamesTheJurisdictionIsLowAndNotFlagged() {
        TagResult result = TAGGER.tag("The new Rolex is a fine watch. Collectors gifted a Rolex to a museum.");
        assertEquals(Relevance.LOW, result.relevance());
        assertFalse(result.flagged());
        assertEquals(2, result.passages().size());
    }

    @Test
    void aPhraseNeverRunsAcrossTwoSentences() {
        assertEquals(List.of(), matched("North Korea bought a Rolls. Royce said nothing."));
        assertEquals(
                List.of("Rolls-Royce/vehicles.brands"),
                matched("North Korea bought a Rolls-Royce. Royce said nothing."));
    }

    @Test
    void aTermWhoseOnlyOccurrenceRunsAcrossSentencesLeavesNoPassage() {
        TagResult result = TAGGER.explain("Kim bought a Rolls. Royce Phantom? No, a bicycle.");
        assertEquals(List.of(), result.passages());
    }

    @Test
    void aTextWithSignalsButNoGoodsHasNoPassagesAndNothingToExplain() {
        TagResult result = TAGGER.explain("Kim Jong Un smuggled coal out of North Korea, the DPRK said.");
        assertEquals(List.of(), result.passages());
        assertEquals(List.of(), result.explanation());
        assertEquals(Relevance.NONE, result.relevance());
    }

    @Test
    void blankTextHasNoPassages() {
        TagResult result = TAGGER.tag(" \n\t");
        assertEquals(Relevance.NONE, result.relevance());
        assertFalse(result.flagged());
        assertTrue(result.passages().isEmpty());
        assertTrue(result.categories().isEmpty());
    }

    @Test
    void offsetsAreCodePointsIntoTheOriginalText() {
        String text = "🇰🇵 Pyongyang 🚗 news.\nKim’s ＲＯＬＥＸ and a 🚗 Aurus Senat 😀 arrived.";
        TagResult result = TAGGER.tag(text);
        int[] codePoints = text.codePoints().toArray();
        for (Passage passage : result.passages()) {
            assertEquals(passage.text(), new String(codePoints, passage.start(), passage.end() - passage.start()));
            for (GoodsMatch match : passage.matches()) {
                assertEquals(match.text(), new String(codePoints, match.start(), match.end() - match.start()));
            }
        }
        Passage passage = result.passages().get(0);
        assertEquals("Kim’s ＲＯＬＥＸ and a 🚗 Aurus Senat 😀 arrived.", passage.text());
        assertEquals(
                List.of("ＲＯＬＥＸ", "Aurus Senat"),
                passage.matches().stream().map(GoodsMatch::text).toList());
        assertEquals(Relevance.HIGH, passage.relevance());
    }

    @Test
    void summarisesCategoriesInOrderOfFirstMention() {
        TagResult result = TAGGER.tag("A Rolex. A limousine. Another limousine. North Korea.");
        assertEquals(
                List.of("watches", "vehicles"),
                result.categories().stream().map(CategorySummary::id).toList());
        assertEquals(2, result.categories().get(1).passages());
        assertEquals(
                List.of("UNSCR 2094 (2013), Annex IV(b)"),
                result.categories().get(1).basis());
        assertEquals("small-test", result.ruleset().get(0).id());
    }

    @Test
    void survivesStrangeInput() {
        List<String> strange = List.of(
                "\uD800 lone \uDC00 surrogates limousine",
                "\u0000\u0007\u001B[31m control",
                "\u200F\u202E reversed \u200D joiners",
                "a".repeat(200_000),
                ".".repeat(10_000),
                "\n".repeat(10_000),
                "- \n* \n1. \n",
                "İ ß ﬁ ǅ ﬀ ᾼ",
                "🇰🇵".repeat(1000));
        for (String text : strange) {
            TagResult result = TAGGER.tag(text);
            int codePoints = text.codePointCount(0, text.length());
            result.passages().forEach(passage -> assertTrue(passage.end() <= codePoints));
        }
        assertEquals(List.of("limousine/vehicles.models"), matched("\uD800 lone \uDC00 surrogates limousine"));
    }

    @Test
    void aLongSentenceFullOfMatchesIsTaggedWhole() {
        String sentence = "Mercedes Benz Mercedes Sosa limousine car ".repeat(20_000);
        TagResult result = Tagger.of(RuleSetLoader.bundled(), new AnswerLimits(100_000, 100_000))
                .tag(sentence);
        assertEquals(1, result.passages().size());
        assertEquals(20_000 * 3, result.passages().get(0).matches().size());
        assertFalse(result.truncated());
    }

    @Test
    void aDenseDocumentIsCutAtTheMatchLimitAndSaysSo() {
        String text = "Kim Jong Un was driven in a Rolls-Royce Phantom to Pyongyang. ".repeat(3_000);
        Tagger tagger = Tagger.of(RuleSetLoader.bundled(), new AnswerLimits(1_000, 500));
        TagResult result = tagger.tag(text);
        assertTrue(result.truncated());
        assertEquals(
                1_000,
                result.passages().stream().mapToInt(p -> p.matches().size()).sum());
        assertEquals(Relevance.HIGH, result.relevance());
        assertTrue(result.flagged());

        TagResult explained = tagger.explain(text);
        assertTrue(explained.truncated());
        assertEquals(500, explained.explanation().size());
    }

    @Test
    void anOrdinaryDocumentIsNotTruncated() {
        assertFalse(
                TAGGER.tag("Kim Jong Un was driven in a Rolls-Royce Phantom.").truncated());
        assertFalse(TAGGER.explain("Kim Jong Un was driven in a Rolls-Royce Phantom.")
                .truncated());
    }

    @Test
    void givesTheSameAnswersOnManyThreads() throws Exception {
        String text = "Putin gifted Kim Jong Un an Aurus Senat limousine. The car came by sea. ".repeat(50);
        TagResult expected = TAGGER.tag(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<TagResult>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> TAGGER.tag(text)));
            }
            for (Future<TagResult> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
