package org.sanctag.text;

import java.util.Arrays;

/**
 * Reads the words of a text in one pass, folding as it goes: a word is a maximal run of letters
 * and digits after folding, so "Rolls-Royce", "Rolls Royce" and "Rolls–Royce" are the same two
 * words and "Kim’s" is "kim" then "s". Each word is handed over as folded chars in a reused buffer
 * with its hash and its range in the original text, so nothing is allocated per word.
 */
public final class WordScanner {

    /** Receives one word: {@code folded[0, length)}, hashed like {@link String#hashCode()}. */
    @FunctionalInterface
    public interface WordSink {
        void word(char[] folded, int length, int hash, int originalStart, int originalEnd);
    }

    private WordScanner() {
    }

    public static void scan(String text, WordSink sink) {
        scan(text.toCharArray(), sink);
    }

    /** Reads a text given as its chars: scanning an array avoids the checks of charAt per char. */
    public static void scan(char[] chars, WordSink sink) {
        char[] buffer = new char[32];
        int length = 0;
        int hash = 0;
        int wordStart = 0;
        int wordEnd = 0;
        int n = chars.length;
        for (int i = 0; i < n; ) {
            char c = chars[i];
            if (c < 0x80) {
                // ASCII, nearly all of English news: fold and classify without a table.
                boolean upper = c >= 'A' && c <= 'Z';
                if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    if (length == 0) {
                        wordStart = i;
                    } else if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, length * 2);
                    }
                    char folded = upper ? (char) (c + ('a' - 'A')) : c;
                    buffer[length++] = folded;
                    hash = 31 * hash + folded;
                    wordEnd = i + 1;
                } else if (length > 0) {
                    sink.word(buffer, length, hash, wordStart, wordEnd);
                    length = 0;
                    hash = 0;
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
                if (Character.isLetterOrDigit(foldedCp)) {
                    if (length == 0) {
                        wordStart = i;
                    }
                    if (length + charCount > buffer.length) {
                        buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    for (int j = k; j < k + charCount; j++) {
                        buffer[length++] = folded.charAt(j);
                        hash = 31 * hash + folded.charAt(j);
                    }
                    wordEnd = next;
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
