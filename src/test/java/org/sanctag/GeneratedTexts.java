package org.sanctag;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for {@link TaggerPropertiesTest}: news-like sentences composed of fragments about
 * goods, North Korea and words that only look like goods, with noise from every Unicode plane
 * between them (astral emoji and CJK Extension B, combining marks, Arabic and Hebrew, CJK, Hangul,
 * odd spaces, line and paragraph separators, hyphens and dashes, apostrophes, zero-width joiners,
 * controls). Lone surrogates are left out: a valid request cannot carry one.
 */
final class GeneratedTexts {

    private GeneratedTexts() {}

    static final List<String> SUBJECTS = List.of(
            "Kim Jong Un",
            "Kim Jong-un",
            "Kim Yo Jong",
            "The North Korean leader",
            "A Pyongyang trading firm",
            "Officials in Pyongyang",
            "The DPRK",
            "North Korea",
            "Kim's sister",
            "A Chinese broker",
            "Customs officers",
            "The reporter",
            "Analysts",
            "Mr. Kim",
            "He",
            "the U.N. panel");

    static final List<String> VERBS = List.of(
            "arrived in",
            "was seen in",
            "smuggled",
            "imported",
            "received",
            "was driven in",
            "watched",
            "watches",
            "bought",
            "shipped",
            "gifted",
            "rolled out the red carpet for",
            "rode in",
            "sold");

    static final List<String> GOODS = List.of(
            "a Mercedes-Maybach S 650",
            "a Rolex watch",
            "a Rolls-Royce Phantom",
            "Rolls-Royce",
            "luxury yachts",
            "a yacht",
            "a Lexus LX 570",
            "an Aurus Senat limousine",
            "a Swiss watch",
            "diamond jewellery",
            "a Bentley Mulsanne",
            "Mercedes-Benz",
            "a Mercedes",
            "the car",
            "pearl necklaces",
            "a Lürssen superyacht",
            "two limousines",
            "a gold watch",
            "an armoured sedan",
            "jet skis");

    static final List<String> TRAPS = List.of(
            "watched",
            "the red carpet",
            "Pearl Harbor",
            "Human Rights Watch",
            "a Rolls-Royce engine",
            "Mercedes Sosa",
            "a watchdog",
            "Carter",
            "the Ghost",
            "Formula One",
            "cart",
            "Kim Kardashian",
            "South Korea",
            "Feb. 18",
            "No. 2",
            "3.5 million",
            "U.S.");

    static final List<String> TAILS = List.of(
            "in Pyongyang",
            "last week",
            "via Dalian",
            "to North Korea",
            "at the border",
            "at Sunan airport",
            "despite UN sanctions",
            "from China",
            "for the DPRK",
            "in Seoul",
            "yesterday");

    /**
     * One name in each spelling the rules README says is the same phrase: case and fullwidth
     * forms, a space, hyphen, dash or non-breaking space between words, accents
     * precomposed or combining, and a possessive with any apostrophe. Closed compounds
     * ("RollsRoyce") are left out: they match, but are one word fewer in a near/not_near window; so
     * are line breaks inside a name, which change how the sentence splitter reads the paragraph.
     */
    static final List<List<String>> VARIANT_FAMILIES = List.of(
            List.of(
                    "Rolls-Royce",
                    "Rolls Royce",
                    "ROLLS-ROYCE",
                    "rolls-royce",
                    "rolls\u2011royce",
                    "Rolls\u2010Royce",
                    "Rolls\u2012Royce",
                    "Rolls\u2013Royce",
                    "Rolls\u2014Royce",
                    "Rolls\u2015Royce",
                    "Rolls\u00A0Royce",
                    "\uFF32\uFF4F\uFF4C\uFF4C\uFF53\uFF0D\uFF32\uFF4F\uFF59\uFF43\uFF45"),
            List.of(
                    "Rolls-Royce Phantom",
                    "Rolls Royce Phantom",
                    "ROLLS-ROYCE PHANTOM",
                    "Rolls\u2013Royce Phantom",
                    "Rolls\u2011Royce\u00A0Phantom",
                    "Rolls-Royce Phantom's",
                    "Rolls-Royce Phantom\u2019s",
                    "Rolls-Royce Phantom\u02BCs"),
            List.of(
                    "Mercedes-Maybach",
                    "Mercedes Maybach",
                    "MERCEDES-MAYBACH",
                    "mercedes\u2011maybach",
                    "Mercedes\u2013Maybach",
                    "Mercedes-Maybach's",
                    "Mercedes-Maybach\u2019s",
                    "Mercedes-Maybach\u02BCs"),
            List.of("Lürssen", "Lurssen", "LÜRSSEN", "Lu\u0308rssen", "L\u00FCrssen's", "Lürssen\u2019s"),
            List.of(
                    "Kim Jong Un arrived in a Mercedes-Maybach S 650",
                    "Kim Jong-un arrived in a Mercedes-Maybach S 650",
                    "Kim Jong-Un arrived in a Mercedes-Maybach S 650",
                    "KIM JONG UN arrived in a Mercedes-Maybach S 650",
                    "Kim Jong\u2011un arrived in a Mercedes-Maybach S 650",
                    "Kim\u00A0Jong\u00A0Un arrived in a Mercedes\u2013Maybach S 650"),
            List.of(
                    "Kim Jong Un's Mercedes-Maybach",
                    "Kim Jong Un\u2019s Mercedes-Maybach",
                    "Kim Jong Un\u02BCs Mercedes-Maybach",
                    "Kim Jong-un's Mercedes-Maybach"),
            List.of("a Rolex watch", "a ROLEX watch", "a rolex WATCH", "a Rolex\u00A0watch", "a Rolex\u2009watch"),
            List.of("North Korea", "north korea", "NORTH KOREA", "North\u00A0Korea", "North\u2009Korea"));

    /** A text: 0 to 8 sentences, each ending in its own way. */
    static Arbitrary<String> texts() {
        return texts(8);
    }

    static Arbitrary<String> texts(int maxSentences) {
        return sentence().list().ofMaxSize(maxSentences).map(sentences -> String.join("", sentences));
    }

    static Arbitrary<String> sentence() {
        Arbitrary<String> part = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(SUBJECTS)),
                Tuple.of(3, Arbitraries.of(VERBS)),
                Tuple.of(4, Arbitraries.of(GOODS)),
                Tuple.of(2, Arbitraries.of(TRAPS)),
                Tuple.of(2, Arbitraries.of(TAILS)),
                Tuple.of(3, noise(1, 6)));
        return Combinators.combine(
                        part.list().ofMinSize(1).ofMaxSize(7),
                        separator().list().ofSize(7),
                        ending())
                .as((parts, separators, ending) -> {
                    StringBuilder sentence = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        if (i > 0) {
                            sentence.append(separators.get(i));
                        }
                        sentence.append(parts.get(i));
                    }
                    return sentence.append(ending).toString();
                });
    }

    /** What stands between two fragments: mostly a space, sometimes an odd one or nothing. */
    static Arbitrary<String> separator() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just(" ")),
                Tuple.of(
                        4,
                        Arbitraries.of(
                                "",
                                "  ",
                                "\u00A0",
                                "\u2009",
                                "\u3000",
                                "\n",
                                "\t",
                                " - ",
                                " \u2014 ",
                                "\u2013",
                                ", ",
                                "\u200D",
                                "\u200B",
                                "'",
                                "\u2019",
                                "\u02BC",
                                "\u2028")));
    }

    static Arbitrary<String> ending() {
        return Arbitraries.of(
                ". ",
                ".",
                "! ",
                "? ",
                "\u3002",
                "",
                " ",
                "\n",
                "\n\n",
                "\r\n",
                "\u2028",
                "\u2029",
                ".\n\n",
                "...",
                "\u2026 ",
                ".\u201D ",
                "; ");
    }

    /** minLength to maxLength code points drawn from every plane and the odd characters of news. */
    static Arbitrary<String> noise(int minLength, int maxLength) {
        return codePoint().list().ofMinSize(minLength).ofMaxSize(maxLength).map(codePoints -> {
            StringBuilder noise = new StringBuilder();
            codePoints.forEach(noise::appendCodePoint);
            return noise.toString();
        });
    }

    static Arbitrary<Integer> codePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0x24F)),
                Tuple.of(3, Arbitraries.integers().between(0x300, 0x36F)),
                Tuple.of(1, Arbitraries.integers().between(0x370, 0x52F)),
                Tuple.of(2, Arbitraries.integers().between(0x590, 0x5FF)),
                Tuple.of(2, Arbitraries.integers().between(0x600, 0x6FF)),
                Tuple.of(1, Arbitraries.integers().between(0x900, 0xDFF)),
                Tuple.of(1, Arbitraries.integers().between(0x1E00, 0x1FFF)),
                Tuple.of(3, Arbitraries.integers().between(0x2000, 0x206F)),
                Tuple.of(1, Arbitraries.integers().between(0x2070, 0x2BFF)),
                Tuple.of(2, Arbitraries.integers().between(0x3000, 0x30FF)),
                Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x9FFF)),
                Tuple.of(2, Arbitraries.integers().between(0xAC00, 0xD7A3)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xF8FF)),
                Tuple.of(2, Arbitraries.integers().between(0xFB00, 0xFFFF)),
                Tuple.of(3, Arbitraries.integers().between(0x1F000, 0x1FAFF)),
                Tuple.of(2, Arbitraries.integers().between(0x20000, 0x2A6DF)),
                Tuple.of(1, Arbitraries.integers().between(0xE0000, 0xE01EF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(
                        4,
                        Arbitraries.of(
                                0x00A0,
                                0x2009,
                                0x3000,
                                0x2028,
                                0x2029,
                                0x2010,
                                0x2011,
                                0x2012,
                                0x2013,
                                0x2014,
                                0x2015,
                                (int) '\'',
                                0x2019,
                                0x02BC,
                                0x200D,
                                0x200C,
                                0x200B,
                                0xFEFF,
                                0x0301,
                                0x0308,
                                0xFE0F,
                                0x1F468,
                                0x1F1F0,
                                0x1F1F5,
                                (int) '.',
                                (int) '\n',
                                (int) '-')));
    }
}
