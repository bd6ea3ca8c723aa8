package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sanctag.result.Candidate;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.SignalMatch;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/**
 * Properties of {@link Tagger} with the bundled rules over generated texts: news-like sentences
 * about goods and North Korea, mixed with noise from every Unicode plane (see {@link
 * GeneratedTexts}). Every offset is checked in code points against a code point slice of the text,
 * passages are ordered, disjoint and hold their matches and signals, explain() agrees with tag(),
 * and the spellings the rules README promises to forgive give the same verdict.
 *
 * <p>Each property runs {@code jqwik.tries.default} tries: 1000 in the build, set from the pom's
 * {@code sanctag.properties.tries}, so {@code ./mvnw -B test -Dtest=TaggerPropertiesTest
 * -Dsanctag.properties.tries=100000} runs a long search. jqwik keeps a failing seed in
 * {@code target/jqwik-database} and tries it first on the next run.
 */
class TaggerPropertiesTest {

    static final Tagger TAGGER = Tagger.of(RuleSetLoader.bundled());

    /** text[start, end) in code points, the way the README tells a client to cut it. */
    static String codePointSlice(String text, int start, int end) {
        int[] codePoints = text.codePoints().toArray();
        assertTrue(
                0 <= start && start <= end && end <= codePoints.length, "offsets out of range: " + start + ", " + end);
        return new String(codePoints, start, end - start);
    }

    @Property
    void everyOffsetCutsOutTheReportedText(@ForAll("texts") String text) {
        TagResult result = TAGGER.tag(text);
        for (Passage passage : result.passages()) {
            assertEquals(passage.text(), codePointSlice(text, passage.start(), passage.end()), "passage");
            for (GoodsMatch match : passage.matches()) {
                assertEquals(match.text(), codePointSlice(text, match.start(), match.end()), "match");
            }
            for (SignalMatch signal : passage.signals()) {
                assertEquals(signal.text(), codePointSlice(text, signal.start(), signal.end()), "signal");
            }
        }
    }

    @Property
    void matchesAndSignalsLieInsideTheirPassage(@ForAll("texts") String text) {
        for (Passage passage : TAGGER.tag(text).passages()) {
            assertTrue(passage.start() < passage.end(), "empty passage " + passage);
            assertTrue(!passage.matches().isEmpty(), "passage without a match " + passage);
            for (GoodsMatch match : passage.matches()) {
                assertTrue(
                        passage.start() <= match.start() && match.start() < match.end() && match.end() <= passage.end(),
                        match + " outside " + passage);
            }
            for (SignalMatch signal : passage.signals()) {
                assertTrue(
                        passage.start() <= signal.start()
                                && signal.start() < signal.end()
                                && signal.end() <= passage.end(),
                        signal + " outside " + passage);
            }
        }
    }

    @Property
    void passagesAreInOrderAndDisjoint(@ForAll("texts") String text) {
        List<Passage> passages = TAGGER.tag(text).passages();
        for (int i = 1; i < passages.size(); i++) {
            assertTrue(
                    passages.get(i - 1).end() <= passages.get(i).start(),
                    passages.get(i - 1) + " then " + passages.get(i));
        }
    }

    @Property
    void explainCutsOutEveryCandidateAndAgreesWithTag(@ForAll("texts") String text) {
        TagResult explained = TAGGER.explain(text);
        List<Candidate> candidates = explained.explanation();
        for (Candidate candidate : candidates) {
            assertEquals(candidate.text(), codePointSlice(text, candidate.start(), candidate.end()), "candidate");
        }
        for (int i = 1; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).start() <= candidates.get(i).start(), "candidates out of text order");
        }
        TagResult tagged = TAGGER.tag(text);
        assertEquals(tagged.passages(), explained.passages());
        assertEquals(tagged.flagged(), explained.flagged());
        assertEquals(tagged.relevance(), explained.relevance());
    }

    @Property
    void neverThrowsAndFlagsExactlyWhenAPassageIsMediumOrHigh(@ForAll("texts") String text) {
        TagResult result = TAGGER.tag(text);
        Relevance highest = result.passages().stream()
                .map(Passage::relevance)
                .max(Comparator.naturalOrder())
                .orElse(Relevance.NONE);
        assertEquals(result.passages().stream().anyMatch(p -> p.relevance().flags()), result.flagged());
        assertEquals(highest, result.relevance());
    }

    @Property
    void neverThrowsOnAnyString(@ForAll("anyStrings") String text) {
        TagResult result = TAGGER.explain(text);
        for (Candidate candidate : result.explanation()) {
            assertEquals(candidate.text(), codePointSlice(text, candidate.start(), candidate.end()), "candidate");
        }
    }

    /**
     * The words around the name, the same for every spelling, in a paragraph of one line: the case
     * of a name's first letter decides whether a line break before it ends a sentence, and the
     * length of its line whether a paragraph reads as hard-wrapped, so a name shares neither a
     * line break nor a paragraph with the generated context.
     */
    private static final String SAID = "\n\nReports said ";

    private static final String ON_MONDAY = " on Monday.\n\n";

    /**
     * One name spelt each way the rules README promises to forgive (case, fullwidth forms, a space,
     * hyphen, dash or non-breaking space between words, accents precomposed or combining, an
     * apostrophe of a possessive), in the same generated text: the same verdict every time.
     */
    @Property
    void spellingVariantsOfOneNameGiveTheSameVerdict(
            @ForAll("contexts") String before,
            @ForAll("spellings") List<String> spellings,
            @ForAll("contexts") String after) {
        String lead = before + SAID;
        String name = spellings.get(0);
        String variant = spellings.get(1);
        assertEquals(
                verdict(TAGGER.tag(lead + name + ON_MONDAY + after), lead),
                verdict(TAGGER.tag(lead + variant + ON_MONDAY + after), lead),
                "'" + name + "' and '" + variant + "' differ");
    }

    /** Found by spellingVariantsOfOneNameGiveTheSameVerdict, shrunk to the name alone. */
    @Test
    void modifierLetterApostropheEndsAWordLikeAnApostrophe() {
        for (String possessive : List.of("Rolls-Royce Phantom\u02BCs", "Mercedes-Maybach\u02BCs")) {
            assertEquals(
                    verdict(TAGGER.tag(possessive.replace('\u02BC', '\'')), ""),
                    verdict(TAGGER.tag(possessive), ""),
                    possessive);
        }
        TagResult result = TAGGER.tag("Kim Jong Un\u02BCs Mercedes-Maybach\u02BCs doors opened.");
        assertTrue(result.flagged());
        assertEquals(
                List.of("Mercedes-Maybach"),
                result.passages().get(0).matches().stream()
                        .map(GoodsMatch::text)
                        .toList());
    }

    /**
     * What a reader would call the verdict: flagged, relevance, and per passage its categories,
     * relevance and rules; offsets only up to the name, since variants differ in length.
     */
    private static String verdict(TagResult result, String before) {
        int nameStart = before.codePointCount(0, before.length());
        List<String> passages = new ArrayList<>();
        for (Passage passage : result.passages()) {
            String where = passage.start() < nameStart ? String.valueOf(passage.start()) : "after the name";
            List<String> rules = passage.matches().stream()
                    .map(match -> match.category() + "/" + match.rule())
                    .distinct()
                    .sorted()
                    .toList();
            passages.add(where + " " + passage.relevance() + " " + passage.categories() + " " + rules);
        }
        return result.flagged() + " " + result.relevance() + " " + passages;
    }

    @Provide
    Arbitrary<String> texts() {
        return GeneratedTexts.texts();
    }

    @Provide
    Arbitrary<String> contexts() {
        return GeneratedTexts.texts(4);
    }

    @Provide
    Arbitrary<String> anyStrings() {
        return GeneratedTexts.noise(0, 400);
    }

    /** A name's first spelling and one of its others. */
    @Provide
    Arbitrary<List<String>> spellings() {
        return Arbitraries.of(GeneratedTexts.VARIANT_FAMILIES)
                .flatMap(family -> Arbitraries.of(family.subList(1, family.size()))
                        .map(variant -> List.of(family.get(0), variant)));
    }
}
