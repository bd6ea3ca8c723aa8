package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctag.result.AmountKind;
import org.sanctag.result.Candidate;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.StatedAmount;
import org.sanctag.result.TagResult;
import org.sanctag.result.ThresholdOutcome;
import org.sanctag.result.Verdict;
import org.sanctag.rules.RuleSetLoader;

/** What a passage states of money and counts, and how it meets the value thresholds of its goods. */
class PassageValuesTest {

    private static final Tagger UN = Tagger.of(RuleSetLoader.bundled());

    @Test
    void aPassageWithGoodsWithoutAThresholdBesideALowPricedSnowmobileKeepsItsRelevance() {
        // The Rolex has no threshold, so the sentence is as relevant as the watch makes it.
        Passage passage = only(UN.tag("A snowmobile worth $1,500 and a Rolex were shipped to North Korea."));
        assertEquals(Relevance.HIGH, passage.relevance());
        assertEquals(ThresholdOutcome.BELOW, passage.thresholds().get(0).outcome());
    }

    @Test
    void everyCategoryBelowItsThresholdLowersTheDocumentToo() {
        TagResult result =
                UN.tag("Customs seized rugs worth $450 and porcelain tableware worth $90 bound for Pyongyang.");
        Passage passage = only(result);
        assertEquals(List.of("below", "below"), outcomes(passage));
        assertEquals(Relevance.MEDIUM, passage.relevance());
        assertEquals(Relevance.MEDIUM, result.relevance());
    }

    @Test
    void eachSumPricesTheGoodsNewsWritesItFor() {
        // A sum right before goods prices them, even with other goods before it.
        assertEquals(
                List.of("below"),
                outcomes(only(UN.tag("A Rolex and a $1,500 snowmobile were shipped to North Korea."))));
        // A sum after goods prices the goods before it, not the nearer ones after it.
        assertEquals(
                List.of("not_stated"),
                outcomes(only(UN.tag("A snowmobile and a $30,000 Rolex were shipped to North Korea."))));
        // With no goods before it, a sum prices the goods after it.
        assertEquals(
                List.of("above"),
                outcomes(only(UN.tag("He paid $2,400 for a snowmobile that was shipped to North Korea."))));
    }

    @Test
    void amountsBelongToTheSentenceThatStatesThem() {
        TagResult result = UN.tag("Kim Jong Un arrived in a Maybach. Officials later said it cost $500,000.\n\n"
                + "A snowmobile worth $5,000 was seized on its way to North Korea.");
        assertEquals(2, result.passages().size());
        assertTrue(result.passages().get(0).amounts().isEmpty(), "the price is in a sentence with no goods");
        assertEquals(List.of("$5,000"), texts(result.passages().get(1)));
        assertEquals(List.of("above"), outcomes(result.passages().get(1)));
    }

    @Test
    void offsetsAreCodePointsAfterCharactersOutsideTheBasicPlane() {
        String text = "🚨🚨 Customs seized a snowmobile worth $1,500 bound for North Korea.";
        StatedAmount amount = only(UN.tag(text)).amounts().get(0);
        int start = text.codePointCount(0, text.indexOf("$1,500"));
        assertEquals(start, amount.start());
        assertEquals(start + 6, amount.end());
        assertEquals("$1,500", amount.text());
    }

    @Test
    void aCountOfSomethingOtherThanGoodsIsNotStated() {
        Passage passage = only(UN.tag("Two men smuggled a Rolex into North Korea three times."));
        assertTrue(passage.amounts().isEmpty(), passage.amounts().toString());
        Passage rivalry =
                only(UN.tag("The rivalry was like the one between Rolex and Omega, a dealer in Pyongyang said."));
        assertTrue(rivalry.amounts().isEmpty(), rivalry.amounts().toString());
    }

    @Test
    void aCountSpansTheGoodsItCounts() {
        StatedAmount count = only(UN.tag("Kim Jong Un received three Maybachs from Moscow."))
                .amounts()
                .get(0);
        assertEquals(AmountKind.COUNT, count.kind());
        assertEquals("three Maybachs", count.text());
        assertEquals(new BigDecimal(3), count.value());
        assertNull(count.currency());
    }

    @Test
    void moneyInARateTheRuleFileGivesIsConvertedAndOtherwiseNever(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rates.yaml");
        Files.writeString(file, """
                id: rates-test
                version: "1"
                title: Rates test
                jurisdiction: Test
                sources: ["written for PassageValuesTest"]
                context:
                  jurisdiction: [North Korea]
                categories:
                  - id: snowmobiles
                    name: Snowmobiles
                    basis: ["a test list"]
                    threshold: {above: 2000, currency: USD, rates: {EUR: 1.10}}
                    rules:
                      - id: snowmobiles.generic
                        terms: [snowmobile]
                """);
        Tagger tagger = Tagger.of(RuleSetLoader.fromFile(file));
        assertEquals(List.of("above"), outcomes(only(tagger.tag("A snowmobile worth €1,900 went to North Korea."))));
        assertEquals(List.of("below"), outcomes(only(tagger.tag("A snowmobile worth €1,700 went to North Korea."))));
        assertEquals(
                List.of("other_currency"),
                outcomes(only(tagger.tag("A snowmobile worth £1,700 went to North Korea."))));
    }

    @Test
    void theExplanationGivesTheLoweredRelevanceAndWhy() {
        List<Candidate> explanation = UN.explain("Customs seized a snowmobile worth US$1,999 bound for North Korea.")
                .explanation();
        Candidate accepted = explanation.stream()
                .filter(candidate -> candidate.verdict() == Verdict.ACCEPTED)
                .findFirst()
                .orElseThrow();
        assertEquals(Relevance.MEDIUM, accepted.relevance());
        assertTrue(
                accepted.relevanceReason()
                        .endsWith("lowered one step: the stated value 'US$1,999' is not above USD 2,000, the "
                                + "threshold of 'snowmobiles'"),
                accepted.relevanceReason());
    }

    private static Passage only(TagResult result) {
        assertEquals(1, result.passages().size(), result.toString());
        return result.passages().get(0);
    }

    private static List<String> outcomes(Passage passage) {
        return passage.thresholds().stream()
                .map(check -> check.outcome().name().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static List<String> texts(Passage passage) {
        return passage.amounts().stream().map(StatedAmount::text).toList();
    }
}
