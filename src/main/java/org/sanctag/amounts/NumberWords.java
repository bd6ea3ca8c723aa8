package org.sanctag.amounts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Numbers written in words in English, German, French, Spanish and Russian ({@code two},
 * {@code twenty-two}, {@code two hundred}, {@code zwei}, {@code deux cents}, {@code dos mil},
 * {@code два}), and the set phrases that count ({@code a pair of}, {@code a dozen}) or count
 * vaguely ({@code dozens of}, {@code des centaines de}, {@code Hunderte}), whose value is the least
 * they can mean. The articles "a", "ein", "un", "une" are not read as one.
 */
final class NumberWords {

    /** A set phrase that counts: its words, its value, whether it is vague, whether its case matters. */
    private record Phrase(String words, long value, boolean approximate, boolean exactCase) {}

    private static final List<Phrase> PHRASES = List.of(
                    new Phrase("a pair of", 2, false, false),
                    new Phrase("a couple of", 2, true, false),
                    new Phrase("a dozen", 12, false, false),
                    new Phrase("dozens of", 24, true, false),
                    new Phrase("several dozen", 24, true, false),
                    new Phrase("hundreds of", 200, true, false),
                    new Phrase("thousands of", 2000, true, false),
                    new Phrase("tens of thousands of", 20_000, true, false),
                    new Phrase("hundreds of thousands of", 200_000, true, false),
                    // "ein paar Uhren" is "a few watches"; "ein Paar Schuhe" is a pair
                    new Phrase("ein Paar", 2, false, true),
                    new Phrase("ein Dutzend", 12, false, false),
                    new Phrase("Dutzende", 24, true, false),
                    new Phrase("Hunderte", 200, true, false),
                    new Phrase("Tausende", 2000, true, false),
                    new Phrase("Zehntausende", 20_000, true, false),
                    new Phrase("une paire de", 2, false, false),
                    new Phrase("une douzaine de", 12, false, false),
                    new Phrase("des dizaines de", 20, true, false),
                    new Phrase("des centaines de", 200, true, false),
                    new Phrase("des milliers de", 2000, true, false),
                    new Phrase("des dizaines de milliers de", 20_000, true, false),
                    new Phrase("un par de", 2, false, false),
                    new Phrase("una docena de", 12, false, false),
                    new Phrase("docenas de", 24, true, false),
                    new Phrase("decenas de", 20, true, false),
                    new Phrase("cientos de", 200, true, false),
                    new Phrase("centenares de", 200, true, false),
                    new Phrase("miles de", 2000, true, false),
                    new Phrase("decenas de miles de", 20_000, true, false),
                    new Phrase("десятки", 20, true, false),
                    new Phrase("десятков", 20, true, false),
                    new Phrase("сотни", 200, true, false),
                    new Phrase("сотен", 200, true, false),
                    new Phrase("тысячи", 2000, true, false),
                    new Phrase("тысяч", 2000, true, false))
            .stream()
            .sorted(Comparator.comparingInt((Phrase phrase) -> phrase.words().length())
                    .reversed())
            .toList();

    /** Words below a hundred, added up ("twenty-two", "двадцать два"). */
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("zwei", 2),
            Map.entry("drei", 3),
            Map.entry("vier", 4),
            Map.entry("fünf", 5),
            Map.entry("sechs", 6),
            Map.entry("sieben", 7),
            Map.entry("acht", 8),
            Map.entry("neun", 9),
            Map.entry("zehn", 10),
            Map.entry("elf", 11),
            Map.entry("zwölf", 12),
            Map.entry("zwanzig", 20),
            Map.entry("dreißig", 30),
            Map.entry("vierzig", 40),
            Map.entry("fünfzig", 50),
            Map.entry("deux", 2),
            Map.entry("trois", 3),
            Map.entry("quatre", 4),
            Map.entry("cinq", 5),
            Map.entry("huit", 8),
            Map.entry("neuf", 9),
            Map.entry("dix", 10),
            Map.entry("onze", 11),
            Map.entry("douze", 12),
            Map.entry("quinze", 15),
            Map.entry("vingt", 20),
            Map.entry("trente", 30),
            // "once" is English for one time, so Spanish 11 is not read
            Map.entry("dos", 2),
            Map.entry("tres", 3),
            Map.entry("cuatro", 4),
            Map.entry("cinco", 5),
            Map.entry("seis", 6),
            Map.entry("siete", 7),
            Map.entry("ocho", 8),
            Map.entry("nueve", 9),
            Map.entry("diez", 10),
            Map.entry("doce", 12),
            Map.entry("veinte", 20),
            Map.entry("treinta", 30),
            Map.entry("один", 1),
            Map.entry("одна", 1),
            Map.entry("одно", 1),
            Map.entry("два", 2),
            Map.entry("две", 2),
            Map.entry("двух", 2),
            Map.entry("три", 3),
            Map.entry("трех", 3),
            Map.entry("трёх", 3),
            Map.entry("четыре", 4),
            Map.entry("четырех", 4),
            Map.entry("четырёх", 4),
            Map.entry("пять", 5),
            Map.entry("пяти", 5),
            Map.entry("шесть", 6),
            Map.entry("семь", 7),
            Map.entry("восемь", 8),
            Map.entry("девять", 9),
            Map.entry("десять", 10),
            Map.entry("двадцать", 20),
            Map.entry("тридцать", 30));

    /** Words that multiply what comes before them ("two hundred", "deux cents", "dos mil", "две тысячи"). */
    private static final Map<String, Integer> MULTIPLIERS = Map.ofEntries(
            Map.entry("hundred", 100),
            Map.entry("thousand", 1000),
            Map.entry("hundert", 100),
            Map.entry("tausend", 1000),
            Map.entry("cent", 100),
            Map.entry("cents", 100),
            Map.entry("mille", 1000),
            Map.entry("cien", 100),
            Map.entry("cientos", 100),
            Map.entry("mil", 1000),
            Map.entry("сто", 100),
            Map.entry("тысяча", 1000),
            Map.entry("тысячи", 1000),
            Map.entry("тысяч", 1000));

    /** A number word: its value as a unit ("two") or as a multiplier ("hundred"), 0 if it is not one. */
    private record Word(String word, int unit, int multiplier) {}

    /**
     * The set phrases and the number words by their first letter, lower-cased: most words of a text
     * start with a letter none starts with and cost one look-up; the others are compared in place,
     * with no lower-cased copy of the word.
     */
    private static final Map<Character, List<Phrase>> PHRASES_BY_FIRST =
            PHRASES.stream().collect(Collectors.groupingBy(phrase -> firstLetter(phrase.words())));

    private static final Map<Character, List<Word>> WORDS_BY_FIRST = Stream.concat(
                    UNITS.keySet().stream(), MULTIPLIERS.keySet().stream())
            .distinct()
            .map(word -> new Word(word, UNITS.getOrDefault(word, 0), MULTIPLIERS.getOrDefault(word, 0)))
            .collect(Collectors.groupingBy(word -> firstLetter(word.word())));

    /**
     * The hash codes of every word a number in words can start with ("two", "a" of "a pair of",
     * "tens" of "tens of thousands of"), sorted: most words of a text are none, and are turned away
     * by their lower-cased hash before any phrase or word is compared.
     */
    private static final int[] FIRST_WORD_HASHES = Stream.concat(
                    PHRASES.stream().map(phrase -> phrase.words().toLowerCase(Locale.ROOT)),
                    WORDS_BY_FIRST.values().stream().flatMap(List::stream).map(Word::word))
            .map(words -> words.substring(0, wordEnd(words, 0, words.length())))
            .mapToInt(String::hashCode)
            .distinct()
            .sorted()
            .toArray();

    private NumberWords() {}

    /**
     * What {@link AmountFinder#numberWordOpenings()} says: every word a number below a hundred can
     * start with (a multiplier never starts one) and the first word of each set phrase, or its
     * first two when it has more than one.
     */
    static List<String> openings() {
        Stream<String> phrases = PHRASES.stream().map(phrase -> {
            String[] words = phrase.words().toLowerCase(Locale.ROOT).split(" ");
            return words.length == 1 ? words[0] : words[0] + " " + words[1];
        });
        return Stream.concat(UNITS.keySet().stream(), phrases)
                .distinct()
                .sorted()
                .toList();
    }

    /** Whether the letters at {@code [start, end)} may start a number: their lower-cased hash is a first word's. */
    private static boolean mayStartNumber(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            hash = 31 * hash + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c));
        }
        return Arrays.binarySearch(FIRST_WORD_HASHES, hash) >= 0;
    }

    private static Character firstLetter(String words) {
        return Character.toLowerCase(words.charAt(0));
    }

    /** The number written in words from the word at {@code start}, or null. */
    static Numeral read(CharSequence text, int start, int limit) {
        if (start >= limit || !mayStartNumber(text, start, wordEnd(text, start, limit))) {
            return null;
        }
        char initial = Character.toLowerCase(text.charAt(start));
        List<Phrase> phrases = PHRASES_BY_FIRST.get(initial);
        if (phrases == null && !WORDS_BY_FIRST.containsKey(initial)) {
            return null;
        }
        for (Phrase phrase : phrases == null ? List.<Phrase>of() : phrases) {
            int end = Chars.matchAt(text, start, limit, phrase.words());
            if (end != -1 && (!phrase.exactCase() || sameCase(text, start, phrase.words()))) {
                return new Numeral(start, end, BigDecimal.valueOf(phrase.value()), phrase.approximate(), false, true);
            }
        }
        long total = 0;
        long current = 0;
        int end = -1;
        int i = start;
        boolean first = true;
        while (i < limit) {
            int wordEnd = wordEnd(text, i, limit);
            if (wordEnd == i) {
                break;
            }
            Word word = word(text, i, wordEnd);
            int unit = word == null ? 0 : word.unit();
            int multiplier = word == null ? 0 : word.multiplier();
            if (unit != 0 && (current % 100 == 0 || (current % 100 >= 20 && current % 10 == 0 && unit < 10))) {
                current += unit; // "twenty-two", "two hundred five"; never "two three"
            } else if (multiplier != 0 && !first) {
                current = Math.max(current, 1) * multiplier;
                if (multiplier >= 1000) {
                    total += current;
                    current = 0;
                }
            } else {
                break;
            }
            first = false;
            end = wordEnd;
            // the next word of the number follows after one space or hyphen
            if (wordEnd + 1 < limit && (Chars.isSpace(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
                i = wordEnd + 1;
            } else {
                break;
            }
        }
        if (end == -1) {
            return null;
        }
        return new Numeral(start, end, BigDecimal.valueOf(total + current), false, false, true);
    }

    /** The number word written in {@code text[start, end)}, in any case, or null. */
    private static Word word(CharSequence text, int start, int end) {
        List<Word> candidates = WORDS_BY_FIRST.get(Character.toLowerCase(text.charAt(start)));
        if (candidates == null) {
            return null;
        }
        for (Word word : candidates) {
            if (word.word().length() == end - start && sameLetters(text, start, word.word())) {
                return word;
            }
        }
        return null;
    }

    private static boolean sameLetters(CharSequence text, int start, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int wordEnd(CharSequence text, int start, int limit) {
        int i = start;
        while (i < limit && Chars.isSpacedLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean sameCase(CharSequence text, int start, String words) {
        for (int i = 0; i < words.length(); i++) {
            if (Character.isLetter(words.charAt(i)) && text.charAt(start + i) != words.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
