package org.sanctag.amounts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words that scale a sum of money: {@code €1.2 million}, {@code £4m}, {@code $2bn},
 * {@code 1,2 Mio. Euro}, {@code 2 millions d'euros}, {@code 3 millones de dólares},
 * {@code 1 млн рублей}. (Myriads, 万 and 억, are numbers of their own: {@link EastAsianNumerals}.)
 */
final class Magnitudes {

    /** A scaling word; an abbreviation of one letter or two is only read straight after the digits. */
    private record Magnitude(String word, BigDecimal factor, boolean attachedOnly) {}

    private static final BigDecimal THOUSAND = BigDecimal.TEN.pow(3);
    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    private static final BigDecimal TRILLION = BigDecimal.TEN.pow(12);

    private static final List<Magnitude> MAGNITUDES = List.of(
                    new Magnitude("k", THOUSAND, true),
                    new Magnitude("m", MILLION, true),
                    new Magnitude("mn", MILLION, true),
                    new Magnitude("bn", BILLION, true),
                    new Magnitude("thousand", THOUSAND, false),
                    new Magnitude("million", MILLION, false),
                    new Magnitude("millions", MILLION, false),
                    new Magnitude("mln", MILLION, false),
                    new Magnitude("billion", BILLION, false),
                    new Magnitude("billions", BILLION, false),
                    new Magnitude("trillion", TRILLION, false),
                    new Magnitude("Tausend", THOUSAND, false),
                    new Magnitude("Tsd.", THOUSAND, false),
                    new Magnitude("Mio.", MILLION, false),
                    new Magnitude("Mio", MILLION, false),
                    new Magnitude("Million", MILLION, false),
                    new Magnitude("Millionen", MILLION, false),
                    new Magnitude("Mrd.", BILLION, false),
                    new Magnitude("Mrd", BILLION, false),
                    new Magnitude("Milliarde", BILLION, false),
                    new Magnitude("Milliarden", BILLION, false),
                    new Magnitude("milliard", BILLION, false),
                    new Magnitude("milliards", BILLION, false),
                    new Magnitude("mil millones", BILLION, false),
                    new Magnitude("millón", MILLION, false),
                    new Magnitude("millones", MILLION, false),
                    new Magnitude("mil", THOUSAND, false),
                    new Magnitude("тыс.", THOUSAND, false),
                    new Magnitude("тыс", THOUSAND, false),
                    new Magnitude("тысяча", THOUSAND, false),
                    new Magnitude("тысячи", THOUSAND, false),
                    new Magnitude("тысяч", THOUSAND, false),
                    new Magnitude("млн.", MILLION, false),
                    new Magnitude("млн", MILLION, false),
                    new Magnitude("миллион", MILLION, false),
                    new Magnitude("миллиона", MILLION, false),
                    new Magnitude("миллионов", MILLION, false),
                    new Magnitude("млрд.", BILLION, false),
                    new Magnitude("млрд", BILLION, false),
                    new Magnitude("миллиард", BILLION, false),
                    new Magnitude("миллиарда", BILLION, false),
                    new Magnitude("миллиардов", BILLION, false))
            .stream()
            .sorted(Comparator.comparingInt(
                            (Magnitude magnitude) -> magnitude.word().length())
                    .reversed())
            .toList();

    private static final Map<String, Magnitude> BY_WORD =
            MAGNITUDES.stream().collect(Collectors.toMap(Magnitude::word, magnitude -> magnitude));

    private static final Literals WORDS =
            Literals.startingAt(MAGNITUDES.stream().map(Magnitude::word).toList());

    private Magnitudes() {}

    /** The number scaled by the magnitude word written after it, or the number itself. */
    static Numeral after(CharSequence text, Numeral number, int limit) {
        return after(text, number, limit, true);
    }

    /**
     * The number scaled by a magnitude written as a word after it ("90 тысяч бутылок", "3 million
     * bottles"), or the number itself: a count takes no letter attached to it ("35m" is a length).
     */
    static Numeral wordAfter(CharSequence text, Numeral number, int limit) {
        return after(text, number, limit, false);
    }

    /**
     * A magnitude starts right after the number ("35m", only where {@code attached} allows a
     * letter joined to it) or after one space; longest first, the first written there that ends a
     * word scales the number.
     */
    private static Numeral after(CharSequence text, Numeral number, int limit, boolean attached) {
        int at = Chars.skipSpaces(text, number.end(), limit);
        if (at - number.end() > 1) {
            return number;
        }
        boolean joined = at == number.end();
        for (String word : WORDS.at(text, at, limit)) {
            Magnitude magnitude = BY_WORD.get(word);
            if (magnitude.attachedOnly() && !(attached && joined)) {
                continue;
            }
            int end = Chars.matchAt(text, at, limit, word);
            if (end != -1 && endsWord(text, end, limit)) {
                return number.withEnd(end, number.value().multiply(magnitude.factor()));
            }
        }
        return number;
    }

    /** "Mio." ends with its period; any other magnitude must not run on into letters or digits. */
    private static boolean endsWord(CharSequence text, int end, int limit) {
        return end >= limit || !Character.isLetterOrDigit(text.charAt(end));
    }
}
