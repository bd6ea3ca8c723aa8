package org.sanctag.amounts;

import java.util.Locale;
import java.util.Set;
import org.sanctag.text.Span;

/**
 * Where the things a count counts can stand: the few words after it in the spaced languages ("22
 * used upright pianos"), up to a word that starts something else ("and", "were", "from"); after
 * or before a Korean, Japanese or Chinese counter, up to a particle or a punctuation mark.
 */
final class CountedWords {

    /** At most this many words of a spaced language: a noun with its adjectives and brand. */
    static final int MAX_WORDS = 4;

    /** At most this many letters of a spaceless script on either side of a counter. */
    static final int MAX_SPACELESS = 12;

    /**
     * Words that end the counted words: conjunctions, prepositions, verbs of being, and the
     * articles and possessives that open another noun phrase ("two men smuggled a Rolex").
     */
    private static final Set<String> ENDS = Set.of(
            "a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "der", "die", "das", "le", "la",
            "les", "une", "el", "los", "las", "una", "and", "or", "with", "to", "from", "in", "on", "at", "for", "by",
            "of", "were", "was", "are", "is", "had", "have", "has", "that", "which", "who", "worth", "valued", "each",
            "between", "among", "than", "as", "into", "und", "oder", "mit", "von", "aus", "nach", "für", "im", "zu",
            "wurden", "et", "ou", "avec", "pour", "dans", "ont", "sont", "y", "o", "con", "para", "en", "por", "fueron",
            "и", "или", "с", "в", "на", "из", "для", "по", "были");

    /** The words that link a measure word to its goods: "bottles of vodka", "botellas de vino". */
    private static final String[] LINKS = {"of the ", "of ", "de ", "d'", "von "};

    /** Japanese and Chinese particles and function characters that end a noun. */
    private static final String SPACELESS_ENDS = "のをがはにでともやへ、。，．・「」（）被在和与與及从從向给給由并並将將把是";

    /** Last syllables of the Korean particles that end a clause's other parts (은, 이, 에서 ...). */
    private static final String KOREAN_PARTICLE_ENDS = "은는이가을를에의도로와과서께";

    private CountedWords() {}

    /** Where the link word after a measure word ends ("bottles of" + vodka), or {@code at} itself. */
    static int afterLink(CharSequence text, int at, int limit) {
        for (String link : LINKS) {
            int end = Chars.matchAt(text, at, limit, link);
            if (end != -1) {
                return end;
            }
        }
        return at;
    }

    /** Up to {@link #MAX_WORDS} words from {@code at} (one space after the count allowed), or null. */
    static Span after(CharSequence text, int at, int limit) {
        int i = at;
        int first = -1;
        int last = -1;
        for (int words = 0; words < MAX_WORDS; words++) {
            int start = Chars.skipSpaces(text, i, limit);
            if (words == 0 ? start - at > 1 : start == i) {
                break;
            }
            int end = Chars.wordEnd(text, start, limit);
            if (end == start
                    || ENDS.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT))) {
                break;
            }
            first = first == -1 ? start : first;
            last = end;
            i = end;
        }
        return first == -1 ? null : new Span(first, last);
    }

    /** Up to two Korean words before {@code at}, the count's own space aside, or null. */
    static Span koreanBefore(CharSequence text, int floor, int at) {
        int i = at;
        int first = -1;
        int last = -1;
        for (int words = 0; words < 2; words++) {
            int end = Chars.skipSpacesBack(text, floor, i);
            if (words > 0 && end == i) {
                break;
            }
            int start = end;
            while (start > floor
                    && (Chars.isHangul(text.charAt(start - 1)) || Chars.isSpacedLetter(text.charAt(start - 1)))) {
                start--;
            }
            if (start == end || (words > 0 && KOREAN_PARTICLE_ENDS.indexOf(text.charAt(end - 1)) >= 0)) {
                break; // "세관은 마이바흐 2대": a word with its particle is another part of the clause
            }
            last = last == -1 ? end : last;
            first = start;
            i = start;
        }
        return first == -1 ? null : new Span(first, last);
    }

    /** Up to two Korean words after {@code at} ("2대의 마이바흐"), or null. */
    static Span koreanAfter(CharSequence text, int at, int limit) {
        int i = at;
        int first = -1;
        int last = -1;
        for (int words = 0; words < 2; words++) {
            int start = Chars.skipSpaces(text, i, limit);
            int end = start;
            while (end < limit && (Chars.isHangul(text.charAt(end)) || Chars.isSpacedLetter(text.charAt(end)))) {
                end++;
            }
            if (end == start || (words > 0 && start == i)) {
                break;
            }
            first = first == -1 ? start : first;
            last = end;
            i = end;
        }
        return first == -1 ? null : new Span(first, last);
    }

    /** The letters of a spaceless script before {@code at}, back to a particle or mark, or null. */
    static Span spacelessBefore(CharSequence text, int floor, int at) {
        int start = at;
        while (start > floor && at - start < MAX_SPACELESS && isNounChar(text.charAt(start - 1))) {
            start--;
        }
        return start == at ? null : new Span(start, at);
    }

    /** The letters of a spaceless script from {@code at}, up to a particle or mark, or null. */
    static Span spacelessAfter(CharSequence text, int at, int limit) {
        int end = at;
        while (end < limit && end - at < MAX_SPACELESS && isNounChar(text.charAt(end))) {
            end++;
        }
        return end == at ? null : new Span(at, end);
    }

    static boolean endsSpacelessNoun(char c) {
        return SPACELESS_ENDS.indexOf(c) >= 0 || !Character.isLetterOrDigit(c);
    }

    private static boolean isNounChar(char c) {
        return Character.isLetter(c) && SPACELESS_ENDS.indexOf(c) < 0 && !Chars.isSpace(c);
    }
}
