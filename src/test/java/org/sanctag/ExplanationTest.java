package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctag.result.Candidate;
import org.sanctag.rules.RuleSetLoader;

/** Every verdict the decider can give, explained, on src/test/resources/rules/small.yaml. */
class ExplanationTest {

    private static final Tagger TAGGER =
            Tagger.of(RuleSetLoader.fromFile(Path.of("src/test/resources/rules/small.yaml")));

    private static List<String> verdicts(String text) {
        return TAGGER.explain(text).explanation().stream()
                .map(candidate -> candidate.text() + "/" + candidate.rule() + " "
                        + candidate.verdict().wireName() + ": " + candidate.reason())
                .toList();
    }

    @Test
    void explainsAcceptedTermsWithTheContextThatAllowedThem() {
        assertEquals(
                List.of(
                        "Mercedes/vehicles.mercedes accepted: term of rule vehicles.mercedes, with its context word 'sedan' within 3 words"),
                verdicts("A Mercedes sedan waited outside."));
    }

    @Test
    void explainsExclusions() {
        assertEquals(
                List.of(
                        "Pearl/jewellery.pearl excluded: 'Pearl Harbor' overlaps it and is an exclusion of category jewellery"),
                verdicts("Veterans gathered at Pearl Harbor on Sunday."));
    }

    @Test
    void explainsNotNearAndMissingNearContext() {
        assertEquals(
                List.of(
                        "Rolls-Royce/vehicles.brands not_near: 'engine' is within 4 words and is in the not_near list of rule vehicles.brands"),
                verdicts("The Rolls-Royce engine failed."));
        assertEquals(
                List.of(
                        "Mercedes/vehicles.mercedes no_near_context: rule vehicles.mercedes needs one of its near words within 3 words, and there is none"),
                verdicts("Mercedes sang at the festival."));
    }

    @Test
    void explainsAMissingWordBefore() {
        assertEquals(
                List.of(
                        "s class/vehicles.model_codes not_after: rule vehicles.model_codes counts the term only"
                                + " right after one of [a, an, the, his, armoured black], and the word before it is none of them"),
                verdicts("Kim's class met."));
    }

    @Test
    void explainsWeakTermsWithAndWithoutAStrongMention() {
        assertEquals(
                List.of("car/vehicles.generic weak_without_strong: weak term of rule vehicles.generic: it counts only"
                        + " in a document with a strong vehicles match, and this one has none"),
                verdicts("The car was parked."));
        assertEquals(
                List.of(
                        "limousine/vehicles.models accepted: term of rule vehicles.models",
                        "car/vehicles.generic accepted: weak term of rule vehicles.generic, counted because the document"
                                + " has a strong vehicles match"),
                verdicts("A limousine arrived. The car was parked."));
    }

    @Test
    void explainsMatchesInsideLongerOnes() {
        assertEquals(
                List.of(
                        "Rolls-Royce Phantom/vehicles.models accepted: term of rule vehicles.models",
                        "Rolls-Royce/vehicles.brands overlapped: part of the longer match 'Rolls-Royce Phantom', which wins"),
                verdicts("A Rolls-Royce Phantom was seen."));
    }

    @Test
    void explainsRelevanceByTheSignalThatDecidedIt() {
        List<String> reasons = TAGGER
                .explain("North Korea held a parade. A limousine led it. Crowds cheered. "
                        + "Later a Rolex was smuggled. Nobody saw a Cartier.")
                .explanation()
                .stream()
                .map(candidate ->
                        candidate.text() + " " + candidate.relevance().wireName() + ": " + candidate.relevanceReason())
                .toList();
        assertEquals(
                List.of(
                        "limousine high: the previous sentence names the jurisdiction: 'North Korea'",
                        "Rolex high: the sentence names a transfer ('smuggled') and the document names the jurisdiction",
                        "Cartier medium: the document names the jurisdiction, but not in or next to this sentence",
                        "Cartier medium: the document names the jurisdiction, but not in or next to this sentence"),
                reasons);
        assertEquals(
                "the document never names the jurisdiction",
                TAGGER.explain("A limousine waited.").explanation().get(0).relevanceReason());
    }

    @Test
    void offsetsPointAtTheCandidateInTheOriginalText() {
        String text = "Kim’s 🚗 Rolls Royce engine hummed.";
        Candidate candidate = TAGGER.explain(text).explanation().get(0);
        assertEquals(
                "Rolls Royce",
                new String(
                        text.codePoints()
                                .skip(candidate.start())
                                .limit(candidate.end() - candidate.start())
                                .toArray(),
                        0,
                        candidate.end() - candidate.start()));
    }

    @Test
    void plainTaggingCarriesNoExplanation() {
        assertNull(TAGGER.tag("A limousine waited.").explanation());
    }
}
