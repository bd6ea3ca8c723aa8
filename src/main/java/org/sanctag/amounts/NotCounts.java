package org.sanctag.amounts;

import java.util.Locale;
import java.util.Set;

/**
 * Numbers that are not counts of anything, told by the words around them: years ("in 2017"),
 * dates ("3 March", "März 2017"), references ("resolution 2397", "HS 8703", "No. 5", "article 8"),
 * model names ("S 680", "G 63"), phone numbers ("+82 2-123-4567"), times ("10:30"), fractions,
 * ranges and compounds ("20-year-old", "1-2"), and percentages.
 */
final class NotCounts {

    /** Words after which a number names something rather than counts it. */
    private static final Set<String> NAMING_BEFORE = Set.of(
            "resolution",
            "resolutions",
            "res",
            "no",
            "nos",
            "nr",
            "number",
            "hs",
            "code",
            "codes",
            "heading",
            "subheading",
            "chapter",
            "chapters",
            "article",
            "articles",
            "paragraph",
            "para",
            "paras",
            "annex",
            "section",
            "sec",
            "model",
            "type",
            "series",
            "page",
            "pages",
            "line",
            "room",
            "flight",
            "route",
            "item",
            "version",
            "class",
            "resolución",
            "résolution",
            "résolutions",
            "resolutionen",
            "artikel",
            "absatz",
            "kapitel",
            "artículo",
            "párrafo",
            "capítulo",
            "paragraphe",
            "chapitre",
            "annexe",
            "резолюция",
            "резолюции",
            "резолюцией",
            "статья",
            "статьи",
            "пункт",
            "пункта",
            "глава",
            "номер");

    private static final Set<String> MONTHS = Set.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "januar",
            "februar",
            "märz",
            "mai",
            "juni",
            "juli",
            "oktober",
            "dezember",
            "janvier",
            "février",
            "mars",
            "avril",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря");

    private NotCounts() {}

    /**
     * Whether the number at {@code [start, end)} names or dates something. {@code naming} words
     * before it count only for a number in digits ("in two cars" is a count), and for "in" only a
     * year: "in 22 crates" still counts.
     */
    static boolean excluded(CharSequence text, int floor, int limit, Numeral number) {
        int start = number.start();
        int end = number.end();
        if (!number.words()) {
            if (start > floor) {
                char before = text.charAt(start - 1);
                if (before == '+'
                        || before == '#'
                        || before == '№'
                        || before == '/'
                        || before == ':'
                        || before == '-'
                        || before == '–'
                        || before == '.'
                        || before == ',') {
                    return true; // "+82", "#5", "1/2", "10:30", "1-2", "-5", "8703.10" read from its middle
                }
            }
            if (end < limit) {
                char after = text.charAt(end);
                if (after == '%'
                        || after == '％'
                        || after == '/'
                        || after == ':'
                        || after == '-'
                        || after == '–'
                        || after == '°'
                        || after == '.' && end + 1 < limit && Chars.isDigit(text.charAt(end + 1))) {
                    return true; // "30%", "1/2", "10:30", "20-year-old", "1-2", "2-123-4567"
                }
                if (Chars.isSpacedLetter(after)) {
                    return true; // "4x4", "3D", "2nd": the number is part of a name
                }
            }
            String previous = previousWord(text, floor, start);
            if (previous != null) {
                String folded = previous.toLowerCase(Locale.ROOT);
                if (MONTHS.contains(folded)) {
                    return true;
                }
                boolean yearWord = folded.equals("in")
                        || folded.equals("since")
                        || folded.equals("until")
                        || folded.equals("im")
                        || folded.equals("seit")
                        || folded.equals("en")
                        || folded.equals("depuis")
                        || folded.equals("desde")
                        || folded.equals("в");
                if (yearWord ? number.bareFourDigits() : NAMING_BEFORE.contains(folded)) {
                    return true;
                }
                if (isModelLetters(previous)) {
                    return true; // "G 63", "S 680", "BMW X 7"
                }
            }
            String next = nextWord(text, end, limit);
            if (next != null && MONTHS.contains(next.toLowerCase(Locale.ROOT))) {
                return true; // "3 March", "3. März"
            }
        }
        if (number.words()
                && "one".equalsIgnoreCase(text.subSequence(start, end).toString())) {
            String previous = previousWord(text, floor, start);
            if (previous != null && PRONOUN_ONE_AFTER.contains(previous.toLowerCase(Locale.ROOT))) {
                return true; // "this one shows", "the one between": a pronoun, not a count
            }
        }
        String next = nextWord(text, end, limit);
        return next != null && Counters.countsNoGoods(next);
    }

    /** Words after which English "one" stands for a noun already named. */
    private static final Set<String> PRONOUN_ONE_AFTER =
            Set.of("this", "that", "the", "which", "each", "any", "every", "no", "another", "only", "new", "old");

    /** One or two capital Latin letters: a model line before its number. */
    private static boolean isModelLetters(String word) {
        if (word.length() > 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The word of spaced letters (with a trailing period: "No.") just before {@code at}, across one space. */
    static String previousWord(CharSequence text, int floor, int at) {
        int end = Chars.skipSpacesBack(text, floor, at);
        if (at - end > 1) {
            return null;
        }
        int wordEnd = end > floor && text.charAt(end - 1) == '.' ? end - 1 : end;
        int start = wordEnd;
        while (start > floor && Chars.isSpacedLetter(text.charAt(start - 1))) {
            start--;
        }
        return start == wordEnd ? null : text.subSequence(start, wordEnd).toString();
    }

    /** The word of spaced letters just after {@code at}, across one space. */
    static String nextWord(CharSequence text, int at, int limit) {
        int start = Chars.skipSpaces(text, at, limit);
        if (start - at > 1) {
            return null;
        }
        int end = start;
        while (end < limit && Chars.isSpacedLetter(text.charAt(end))) {
            end++;
        }
        return start == end ? null : text.subSequence(start, end).toString();
    }
}
