package org.sanctag.text;

import java.util.Arrays;

/**
 * Reads the words of a text in one pass, folding as it goes: a word is a maximal run of letters
 * and digits after folding, so "Rolls-Royce", "Rolls Royce" and "Rolls–Royce" are the same two
 * words and "Kim’s" is "kim" then "s", while an underscore between ASCII letters or digits joins
 * them, since it writes an identifier, not a phrase ("jaguar_xj_fan" is one word). Two exceptions:
 * a letter of a script written without spaces (Han, Hiragana, Katakana) is a word of its own, so
 * phrases match inside such runs as sequences of letters, and a word never mixes Hangul with other
 * letters or digits ("S650은" is "s650" then "은"), so a Korean particle stays with its Hangul
 * noun. Each word is handed over as folded chars in a reused buffer
 * with its hash and its range in the original text, so nothing is allocated per word.
 */
public final class WordScanner {

    /** Receives one word: {@code folded[0, length)}, hashed like {@link String#hashCode()}. */
    @FunctionalInterface
    public interface WordSink {
        void word(char[] folded, int length, int hash, int originalStart, int originalEnd);
    }

    /** The folded form of each ASCII letter and digit; 0 for every other ASCII char. */
    private static final char[] ASCII_FOLDED = new char[0x80];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_FOLDED[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_FOLDED[c] = c;
            ASCII_FOLDED[c - 'a' + 'A'] = c;
        }
    }

    /**
     * U+02BC is a letter to Unicode but an apostrophe in news text ("Maybachʼs"), where keyboards
     * and autocorrect put it for one; it ends a word like ' and ’ (U+FF07 folds to '). U+02B9 and
     * U+02BB stay letters: a prime and the ʻokina are written inside words, not before an "s".
     */
    private static final int MODIFIER_LETTER_APOSTROPHE = 0x02BC;

    /**
     * How the fold of each char of the Basic Multilingual Plane takes part in words, so the scanner
     * classifies a char once, not each of its folded chars at every occurrence: {@link #UNSET} until
     * first needed (a race only computes the same value twice).
     */
    private static final byte[] SHAPES = new byte[0x10000];

    private static final byte UNSET = 0;
    /** Folds to nothing (a combining mark): it neither ends nor extends a word. */
    private static final byte NOTHING = 1;
    /** Folds to chars none of which is a word char: it ends a word. */
    private static final byte SEPARATOR = 2;
    /** Folds to word chars of scripts written with spaces, none Hangul ("é", "д", "ß"). */
    private static final byte LETTERS = 3;
    /** Folds to Hangul word chars only (a syllable, as conjoining jamo). */
    private static final byte HANGUL = 4;
    /** Folds to one char of a script written without spaces: a word of its own. */
    private static final byte SPACELESS = 5;
    /** Anything else: read char by char of its fold. */
    private static final byte MIXED = 6;

    /** Precomposed Hangul syllables, and the arithmetic of their decomposition (Unicode, chapter 3.12). */
    private static final char SYLLABLE_FIRST = 0xAC00;

    private static final char SYLLABLE_LAST = 0xD7A3;
    private static final char LEAD_FIRST = 0x1100;
    private static final char VOWEL_FIRST = 0x1161;
    private static final char TRAIL_BEFORE_FIRST = 0x11A7;
    private static final int VOWELS_TIMES_TRAILS = 21 * 28;
    private static final int TRAILS = 28;

    private WordScanner() {}

    private static byte shapeOf(char c) {
        byte shape = SHAPES[c];
        if (shape == UNSET) {
            shape = shapeOfFold(TextFolder.foldCodePoint(c));
            SHAPES[c] = shape;
        }
        return shape;
    }

    private static byte shapeOfFold(String folded) {
        if (folded.isEmpty()) {
            return NOTHING;
        }
        int codePoints = 0;
        int wordChars = 0;
        int spaceless = 0;
        int hangul = 0;
        for (int k = 0; k < folded.length(); k += Character.charCount(folded.codePointAt(k))) {
            int cp = folded.codePointAt(k);
            codePoints++;
            if (isWordChar(cp)) {
                wordChars++;
                spaceless += Scripts.isSpaceless(cp) ? 1 : 0;
                hangul += Scripts.isHangul(cp) ? 1 : 0;
            }
        }
        if (wordChars == 0) {
            return SEPARATOR;
        }
        if (wordChars == codePoints && spaceless == 0 && hangul == 0) {
            return LETTERS;
        }
        if (hangul == codePoints) {
            return HANGUL;
        }
        if (folded.length() == 1 && spaceless == 1) {
            return SPACELESS;
        }
        return MIXED;
    }

    private static boolean isWordChar(int cp) {
        return cp != MODIFIER_LETTER_APOSTROPHE && Character.isLetterOrDigit(cp);
    }

    private static boolean digitsOnly(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] < '0' || buffer[i] > '9') {
                return false;
            }
        }
        return true;
    }

    public static void scan(String text, WordSink sink) {
        scan(text.toCharArray(), sink);
    }

    /** Whether the char at {@code i} is an ASCII letter or digit, so an underscore before it joins. */
    private static boolean joinsAsciiWord(char[] chars, int i) {
        return i < chars.length && chars[i] < 0x80 && ASCII_FOLDED[chars[i]] != 0;
    }

    /** Reads a text given as its chars: scanning an array avoids the checks of charAt per char. */
    public static void scan(char[] chars, WordSink sink) {
        char[] buffer = new char[32];
        int length = 0;
        int hash = 0;
        int wordStart = 0;
        int wordEnd = 0;
        boolean hangulWord = false;
        int n = chars.length;
        for (int i = 0; i < n; ) {
            char c = chars[i];
            if (c < 0x80) {
                // ASCII, nearly all of English news: one table lookup folds and classifies, and a
                // run of word chars is read in a loop of its own.
                char folded = ASCII_FOLDED[c];
                if (folded == 0 && c == '_' && length > 0 && !hangulWord && joinsAsciiWord(chars, i + 1)) {
                    folded = '_'; // "jaguar_xj_fan", "kim_motorcade_01.jpg": a handle or file name, one word
                } else if (folded == 0) {
                    if (length > 0) {
                        sink.word(buffer, length, hash, wordStart, wordEnd);
                        length = 0;
                        hash = 0;
                    }
                    i++;
                    continue;
                }
                if (length > 0 && hangulWord) {
                    sink.word(buffer, length, hash, wordStart, wordEnd);
                    length = 0;
                    hash = 0;
                }
                if (length == 0) {
                    wordStart = i;
                    hangulWord = false;
                }
                do {
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, length * 2);
                    }
                    buffer[length++] = folded;
                    hash = 31 * hash + folded;
                    i++;
                } while (i < n && (c = chars[i]) < 0x80 && (folded = ASCII_FOLDED[c]) != 0);
                wordEnd = i;
                continue;
            }
            byte shape = Character.isSurrogate(c) ? MIXED : shapeOf(c);
            if (shape == SPACELESS) {
                // Most chars of a Chinese or Japanese text: a word of one char, its fold.
                if (length > 0) {
                    sink.word(buffer, length, hash, wordStart, wordEnd);
                    length = 0;
                    hash = 0;
                }
                char folded = TextFolder.foldCodePoint(c).charAt(0);
                buffer[0] = folded;
                sink.word(buffer, 1, folded, i, i + 1);
                hangulWord = false;
                i++;
                continue;
            }
            if (shape != MIXED) {
                // The fold of this char is of one kind throughout (see shapeOf): the same steps as
                // the loop below, without classifying each folded char again.
                if (shape == SEPARATOR || shape == LETTERS && hangulWord) {
                    if (length > 0) {
                        sink.word(buffer, length, hash, wordStart, wordEnd);
                        length = 0;
                        hash = 0;
                    }
                } else if (shape == HANGUL && length > 0 && !hangulWord) {
                    if (digitsOnly(buffer, length)) {
                        hangulWord = true; // "2차", "3억": a number with its Hangul counter is one word
                    } else {
                        sink.word(buffer, length, hash, wordStart, wordEnd);
                        length = 0;
                        hash = 0;
                    }
                }
                if (shape == LETTERS || shape == HANGUL) {
                    if (length == 0) {
                        wordStart = i;
                        hangulWord = shape == HANGUL;
                    }
                    if (length + 3 > buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    if (c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST) {
                        // Most chars of a Korean text: the fold of a syllable is its conjoining jamo
                        // (NFKD), spelt out by arithmetic instead of read from the fold cache.
                        int syllable = c - SYLLABLE_FIRST;
                        char lead = (char) (LEAD_FIRST + syllable / VOWELS_TIMES_TRAILS);
                        char vowel = (char) (VOWEL_FIRST + syllable % VOWELS_TIMES_TRAILS / TRAILS);
                        buffer[length++] = lead;
                        buffer[length++] = vowel;
                        hash = 31 * (31 * hash + lead) + vowel;
                        int trail = syllable % TRAILS;
                        if (trail != 0) {
                            buffer[length++] = (char) (TRAIL_BEFORE_FIRST + trail);
                            hash = 31 * hash + TRAIL_BEFORE_FIRST + trail;
                        }
                    } else {
                        String folded = TextFolder.foldCodePoint(c);
                        int count = folded.length();
                        if (length + count > buffer.length) {
                            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
                        }
                        for (int j = 0; j < count; j++) {
                            char f = folded.charAt(j);
                            buffer[length++] = f;
                            hash = 31 * hash + f;
                        }
                    }
                    wordEnd = i + 1;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i);
            int next = i + Character.charCount(cp);
            String folded = TextFolder.foldCodePoint(cp);
            for (int k = 0; k < folded.length(); ) {
                int foldedCp = folded.codePointAt(k);
                int charCount = Character.charCount(foldedCp);
                if (isWordChar(foldedCp)) {
                    boolean spaceless = Scripts.isSpaceless(foldedCp);
                    boolean hangul = Scripts.isHangul(foldedCp);
                    if (length > 0 && hangul && !hangulWord && digitsOnly(buffer, length)) {
                        hangulWord = true; // "2차", "3억": a number with its Hangul counter is one word
                    } else if (length > 0 && (spaceless || hangul != hangulWord)) {
                        sink.word(buffer, length, hash, wordStart, wordEnd);
                        length = 0;
                        hash = 0;
                    }
                    if (length == 0) {
                        wordStart = i;
                        hangulWord = hangul;
                    }
                    if (length + charCount > buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    for (int j = k; j < k + charCount; j++) {
                        buffer[length++] = folded.charAt(j);
                        hash = 31 * hash + folded.charAt(j);
                    }
                    wordEnd = next;
                    if (spaceless) {
                        sink.word(buffer, length, hash, wordStart, wordEnd);
                        length = 0;
                        hash = 0;
                    }
                } else if (length > 0) {
                    sink.word(buffer, length, hash, wordStart, wordEnd);
                    length = 0;
                    hash = 0;
                }
                k += charCount;
            }
            i = next;
        }
        if (length > 0) {
            sink.word(buffer, length, hash, wordStart, wordEnd);
        }
    }
}
