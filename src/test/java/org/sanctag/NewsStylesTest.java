package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctag.rules.RuleSetLoader;

/**
 * The constructs for the ways news is written (refers_back, not_before, {@code <number>} in after,
 * clause ends before an after word, page furniture), on the bundled rules with sentences written here.
 */
class NewsStylesTest {

    private static final Tagger TAGGER = Tagger.of(RuleSetLoader.bundled());

    private static List<String> categoriesOfPassages(String text) {
        return TAGGER.tag(text).passages().stream()
                .map(passage -> passage.text() + " => " + passage.categories())
                .toList();
    }

    private static boolean passageHolds(String text, String sentence, String category) {
        return TAGGER.tag(text).passages().stream()
                .anyMatch(passage ->
                        passage.text().equals(sentence) && passage.categories().contains(category));
    }

    @Test
    void aModelNamedAloneRefersBackToTheCarNamedBefore() {
        String text = "Kim Jong Un arrived in a Maybach. Later the S680 was parked outside the hall.";
        assertTrue(passageHolds(text, "Later the S680 was parked outside the hall.", "vehicles"));
    }

    @Test
    void aModelRefersToTheLastGoodsNamedNotToEveryCategory() {
        String text = "Kim Jong Un came in a Maybach. He wore an IWC watch and later a red-gold model.";
        assertTrue(passageHolds(text, "He wore an IWC watch and later a red-gold model.", "watches"));
        assertTrue(TAGGER.explain(text).explanation().stream()
                .noneMatch(c -> c.text().equals("model")
                        && c.category().equals("vehicles")
                        && c.verdict() == org.sanctag.result.Verdict.ACCEPTED));
    }

    @Test
    void aModelWithNoGoodsBeforeItCountsForNothing() {
        assertEquals(List.of(), categoriesOfPassages("North Korea showed the new model of its rocket on Sunday."));
    }

    @Test
    void theBrandSpeakingAsACompanyIsNotACar() {
        assertEquals(
                List.of(),
                categoriesOfPassages("BMW said it has no dealers in North Korea. The BMW Group declined to comment."));
        assertTrue(passageHolds(
                "Kim Jong Un was driven in a BMW on Tuesday.",
                "Kim Jong Un was driven in a BMW on Tuesday.",
                "vehicles"));
    }

    @Test
    void aWatchAfterAPriceIsTheNoun() {
        String sentence = "Kim Jong Un wore a $12,500 watch at the parade.";
        assertTrue(passageHolds(sentence, sentence, "watches"));
    }

    @Test
    void aClauseEndBetweenTheAfterWordAndTheTermBreaksTheLink() {
        assertEquals(
                List.of(), categoriesOfPassages("Q: What should we look for in North Korea?\n\nA: Watch the shoes."));
    }

    @Test
    void pageFurnitureIsNotPartOfTheStory() {
        String text = "Kim Jong Un rode in a Maybach in Pyongyang on Monday.\n\n"
                + "Trending: Rolex | Pyongyang | Cartier\n"
                + "Watch: Kim Jong Un and his Aurus limousine (1:12)\n\n"
                + "Related\n"
                + "North Korea smuggled Rolex watches through Dalian\n"
                + "Kim Jong Un tours a factory in a Lexus\n";
        assertEquals(
                List.of("Kim Jong Un rode in a Maybach in Pyongyang on Monday. => [vehicles]"),
                categoriesOfPassages(text));
    }
}
