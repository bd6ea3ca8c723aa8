package org.sanctag.amounts;

import java.math.BigDecimal;
import org.sanctag.text.Span;

/**
 * Reads a number as a count of things, or says it is none: "90,000 bottles", "22 used upright
 * pianos", "two Maybach limousines", "a pair of", "2대", "2台", "两辆", "два лимузина".
 */
final class CountReader {

    /** Words after a Korean count of tens that make it an age ("20대 여성": a woman in her twenties). */
    private static final java.util.Set<String> AGE_WORDS =
            java.util.Set.of("남성", "여성", "남자", "여자", "남녀", "청년", "초반", "중반", "후반");

    private CountReader() {}

    static Amount read(CharSequence text, int floor, int limit, Numeral written) {
        if (NotCounts.excluded(text, floor, limit, written)) {
            return null;
        }
        Numeral number = Magnitudes.wordAfter(text, written, limit);
        if (!number.isInteger() || number.value().signum() <= 0) {
            return null;
        }
        Amount counter = withCounter(text, floor, limit, number);
        if (counter != null) {
            return counter;
        }
        int wordStart = number.end() < limit && Chars.isSpace(text.charAt(number.end())) ? number.end() + 1 : -1;
        int measureEnd = wordStart == -1 ? -1 : Counters.measureAt(text, wordStart, limit);
        if (measureEnd != -1) {
            int goods = CountedWords.afterLink(text, Chars.skipSpaces(text, measureEnd, limit), limit);
            Span counted = CountedWords.after(text, goods, limit);
            Span unit = new Span(wordStart, measureEnd);
            return count(number, measureEnd, unit, counted == null ? unit : counted);
        }
        if (number.bareFourDigits() && isYear(number.value())) {
            return null; // "a 2017 Maybach": a year, unless a measure word says otherwise
        }
        Span counted = CountedWords.after(text, number.end(), limit);
        return counted == null ? null : count(number, number.end(), null, counted);
    }

    /** A count with the counter of Korean, Japanese or Chinese after it, or null. */
    private static Amount withCounter(CharSequence text, int floor, int limit, Numeral number) {
        int at = number.end();
        int koreanAt = at < limit && Chars.isSpace(text.charAt(at)) ? at + 1 : at;
        int korean = Counters.koreanAt(text, koreanAt, limit);
        if (korean != -1) {
            Span unit = new Span(koreanAt, korean);
            if (isAge(text, number, unit, limit)) {
                return null;
            }
            boolean possessive = korean < limit && text.charAt(korean) == '의';
            Span counted = possessive
                    ? CountedWords.koreanAfter(text, korean + 1, limit)
                    : CountedWords.koreanBefore(text, floor, number.start());
            return counted == null ? null : count(number, korean, unit, counted);
        }
        int han = Counters.hanAt(text, at, limit);
        if (han == -1) {
            return null;
        }
        Span unit = new Span(at, han);
        Span counted;
        if (han < limit && (text.charAt(han) == 'の' || text.charAt(han) == '的')) {
            counted = CountedWords.spacelessAfter(text, han + 1, limit); // "2台の高級車", "两辆的"
        } else if (han == limit || CountedWords.endsSpacelessNoun(text.charAt(han))) {
            counted = CountedWords.spacelessBefore(text, floor, number.start()); // "ピアノ2台を"
        } else {
            counted = CountedWords.spacelessAfter(text, han, limit); // "两辆迈巴赫"
        }
        return counted == null ? null : count(number, han, unit, counted);
    }

    private static boolean isAge(CharSequence text, Numeral number, Span unit, int limit) {
        long value = number.value().longValue();
        if (!text.subSequence(unit.start(), unit.end()).toString().equals("대") || value % 10 != 0 || value > 90) {
            return false;
        }
        int next = Chars.skipSpaces(text, unit.end(), limit);
        int end = next;
        while (end < limit && Chars.isHangul(text.charAt(end))) {
            end++;
        }
        String word = text.subSequence(next, end).toString();
        return AGE_WORDS.stream().anyMatch(word::startsWith);
    }

    private static boolean isYear(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(1900)) >= 0 && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    private static Amount count(Numeral number, int end, Span unit, Span counted) {
        return Amount.count(new Span(number.start(), end), number.value(), number.approximate(), unit, counted);
    }
}
