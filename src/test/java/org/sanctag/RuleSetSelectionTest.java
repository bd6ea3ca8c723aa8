package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctag.result.Candidate;
import org.sanctag.result.CategorySummary;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.TagResult;
import org.sanctag.rules.LoadedRuleSets;
import org.sanctag.rules.RuleSetLoader;

/** One tagger over several rule sets: each request chooses some, and each chosen set answers as if alone. */
class RuleSetSelectionTest {

    private static final String UN = "un-dprk-luxury";
    private static final String NATIONAL = "test-national";
    private static final String SECOND = "test-second";
    private static final LoadedRuleSets TEST_SETS = RuleSetLoader.fromDirectory(Path.of("src/test/resources/rulesets"));
    private static final Tagger UN_ALONE = Tagger.of(RuleSetLoader.bundled());
    private static final Tagger TAGGER = Tagger.of(
            LoadedRuleSets.of(List.of(RuleSetLoader.bundled(), TEST_SETS.get(NATIONAL), TEST_SETS.get(SECOND))));

    private static final String ROLEX_AND_VODKA = "Kim Jong Un received a Rolex and 90 bottles of vodka in Pyongyang.";

    @Test
    void theDefaultRequestGetsExactlyTheAnswerOfTheUnSetAlone() throws IOException {
        assertEquals(List.of(UN), TAGGER.defaults());
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            texts = files.filter(path -> path.toString().endsWith(".txt"))
                    .sorted()
                    .map(RuleSetSelectionTest::read)
                    .toList();
        }
        assertTrue(texts.size() > 30);
        for (String text : texts) {
            assertEquals(UN_ALONE.explain(text), TAGGER.explain(text), text);
            assertEquals(UN_ALONE.tag(text), TAGGER.tag(text, List.of(UN), false), text);
        }
    }

    @Test
    void eachMatchAndCategoryNamesTheSetItComesFromInTheOrderChosen() {
        TagResult result = TAGGER.tag(ROLEX_AND_VODKA, List.of(NATIONAL, UN), false);
        assertEquals(
                List.of(NATIONAL, UN),
                result.ruleset().stream().map(RuleSetRef::id).toList());
        assertEquals(1, result.passages().size());
        Passage passage = result.passages().get(0);
        assertEquals(List.of(NATIONAL, UN), passage.rulesets());
        assertEquals(List.of("watches", "spirits"), passage.categories());
        assertEquals(
                List.of("Rolex/" + NATIONAL + "/watches", "Rolex/" + UN + "/watches", "vodka/" + NATIONAL + "/spirits"),
                passage.matches().stream()
                        .map(m -> m.text() + "/" + m.ruleset() + "/" + m.category())
                        .toList());
        assertEquals(
                List.of(NATIONAL + "/watches", NATIONAL + "/spirits", UN + "/watches"),
                result.categories().stream()
                        .map(c -> c.ruleset() + "/" + c.id())
                        .toList());
        CategorySummary nationalWatches = result.categories().get(0);
        CategorySummary unWatches = result.categories().get(2);
        assertEquals(
                List.of("Test regulation, Annex 1, point 9: watches (written for a test)"), nationalWatches.basis());
        assertFalse(unWatches.basis().equals(nationalWatches.basis()));
        assertEquals(unWatches.name(), nationalWatches.name());
        assertTrue(result.flagged());
        assertEquals(Relevance.HIGH, result.relevance());
    }

    @Test
    void goodsOnlyOneListNamesAreFlaggedOnlyUnderIt() {
        String vodka = "A shipment of vodka bound for North Korea was seized.";
        TagResult un = TAGGER.tag(vodka);
        assertFalse(un.flagged());
        assertEquals(List.of(), un.passages());
        TagResult national = TAGGER.tag(vodka, List.of(NATIONAL), false);
        assertTrue(national.flagged());
        assertEquals(List.of(NATIONAL), national.passages().get(0).rulesets());
        TagResult both = TAGGER.tag(vodka, List.of(UN, NATIONAL), false);
        assertEquals(List.of(NATIONAL), both.passages().get(0).rulesets());
        assertEquals(
                List.of(UN, NATIONAL),
                both.ruleset().stream().map(RuleSetRef::id).toList());
    }

    @Test
    void eachSetAppliesItsOwnRulesAndExclusions() {
        TagResult martini = TAGGER.tag("Kim Jong Un ordered a vodka martini.", List.of(NATIONAL, SECOND), false);
        assertEquals(List.of(), martini.passages(), "the exclusion comes with the included category");
        TagResult sake = TAGGER.tag(
                "For the sake of peace, North Korea bought 40 bottles of sake.", List.of(NATIONAL, SECOND), false);
        assertEquals(
                List.of("sake/" + SECOND),
                sake.passages().get(0).matches().stream()
                        .map(m -> m.text() + "/" + m.ruleset())
                        .toList());
        TagResult orvanto = TAGGER.tag("Kim Jong Un wore an Orvanto.", List.of(UN, NATIONAL), false);
        assertEquals(
                List.of(NATIONAL),
                orvanto.passages().get(0).matches().stream()
                        .map(GoodsMatch::ruleset)
                        .toList());
    }

    @Test
    void explanationCandidatesNameTheirSet() {
        TagResult explained = TAGGER.tag(ROLEX_AND_VODKA, List.of(UN, NATIONAL), true);
        List<String> candidates = explained.explanation().stream()
                .map(c -> c.text() + "/" + c.ruleset() + "/" + c.verdict().wireName())
                .toList();
        assertTrue(candidates.contains("Rolex/" + UN + "/accepted"), candidates.toString());
        assertTrue(candidates.contains("Rolex/" + NATIONAL + "/accepted"), candidates.toString());
        assertTrue(candidates.contains("vodka/" + NATIONAL + "/accepted"), candidates.toString());
        assertTrue(explained.explanation().stream().map(Candidate::ruleset).noneMatch(SECOND::equals));
    }

    @Test
    void aSetNamedTwiceAnswersOnceAndAnUnknownOneIsRefused() {
        assertEquals(
                List.of(NATIONAL, UN),
                TAGGER.tag(ROLEX_AND_VODKA, List.of(NATIONAL, UN, NATIONAL), false).ruleset().stream()
                        .map(RuleSetRef::id)
                        .toList());
        UnknownRuleSetException e = assertThrows(
                UnknownRuleSetException.class, () -> TAGGER.tag(ROLEX_AND_VODKA, List.of(UN, "xx-luxury"), false));
        assertEquals("xx-luxury", e.id());
        assertEquals(List.of(UN, NATIONAL, SECOND), e.known());
        assertTrue(e.getMessage().contains("the loaded ones are un-dprk-luxury, test-national, test-second"));
    }

    @Test
    void theSummariesDescribeEverySetWithWhatItIncludes() {
        assertEquals(List.of(UN, NATIONAL, SECOND), TAGGER.ruleSetIds());
        assertEquals(List.of(UN), TAGGER.ruleSet(NATIONAL).orElseThrow().includes());
        assertEquals(List.of(NATIONAL), TAGGER.ruleSet(SECOND).orElseThrow().includes());
        assertEquals(
                "A test jurisdiction", TAGGER.ruleSet(NATIONAL).orElseThrow().jurisdiction());
        int unWatchesAndVehicles = TAGGER.ruleSet(UN).orElseThrow().categories().stream()
                .filter(category -> List.of("watches", "vehicles").contains(category.id()))
                .mapToInt(category -> category.terms())
                .sum();
        // The included categories' terms, one brand of its own, vodka and cognac.
        assertEquals(
                unWatchesAndVehicles + 3, TAGGER.ruleSet(NATIONAL).orElseThrow().terms());
        assertTrue(TAGGER.ruleSet("xx").isEmpty());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
