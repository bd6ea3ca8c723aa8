package org.sanctag;

import java.util.ArrayList;
import java.util.List;
import org.sanctag.text.PageFurniture;
import org.sanctag.text.SentenceSplitter;
import org.sanctag.text.Span;
import org.sanctag.text.Tokens;

/**
 * A text read once: its sentences, its words, and which words belong to which sentence. Sentences
 * that are page furniture (link bars, video links, tag lines, related-story lists, a press
 * release's boilerplate: see
 * {@link PageFurniture}) are not part of the story: no phrase found in them is placed.
 */
final class Document {

    private final String text;
    private final char[] chars;
    private final List<Span> sentences;
    private final Tokens tokens;
    /** Words {@code [firstWord[s], endWord[s])} belong to sentence {@code s}. */
    private final int[] firstWord;

    private final int[] endWord;

    private Document(String text, char[] chars, List<Span> sentences, Tokens tokens, int[] firstWord, int[] endWord) {
        this.text = text;
        this.chars = chars;
        this.sentences = sentences;
        this.tokens = tokens;
        this.firstWord = firstWord;
        this.endWord = endWord;
    }

    /** Splits the text, given with its chars and words, into sentences, and maps its words to them. */
    static Document read(String text, char[] chars, Tokens tokens) {
        List<Span> sentences = SentenceSplitter.split(chars);
        int[] firstWord = new int[sentences.size()];
        int[] endWord = new int[sentences.size()];
        int word = 0;
        for (int s = 0; s < sentences.size(); s++) {
            while (word < tokens.size()
                    && tokens.originalStart(word) < sentences.get(s).start()) {
                word++;
            }
            firstWord[s] = word;
            while (word < tokens.size()
                    && tokens.originalStart(word) < sentences.get(s).end()) {
                word++;
            }
            endWord[s] = word;
        }
        return new Document(text, chars, sentences, tokens, firstWord, endWord);
    }

    /**
     * The phrase hits as occurrences in their sentences, in text order; a hit that runs across two
     * sentences is dropped, since a phrase never does, and so is a hit in page furniture.
     */
    List<Occurrence> place(PhraseOccurrences hits) {
        List<Occurrence> placed = new ArrayList<>(hits.size());
        int sentence = 0;
        int furnitureChecked = -1;
        boolean furniture = false;
        int boilerplate = -1;
        for (int i = 0; i < hits.size(); i++) {
            int first = hits.first(i);
            while (sentence < endWord.length && endWord[sentence] <= first) {
                sentence++;
            }
            if (sentence == endWord.length) {
                break;
            }
            if (furnitureChecked != sentence) {
                furnitureChecked = sentence;
                if (boilerplate < 0) {
                    boilerplate = PageFurniture.boilerplateStart(chars);
                }
                furniture = sentences.get(sentence).start() >= boilerplate
                        || PageFurniture.isFurniture(chars, sentences.get(sentence));
            }
            if (!furniture && firstWord[sentence] <= first && hits.end(i) <= endWord[sentence]) {
                placed.add(new Occurrence(hits.phraseId(i), sentence, first, hits.end(i)));
            }
        }
        return placed;
    }

    /**
     * Whether the words with these vocabulary ids ({@link CompiledRules#NUMBER_WORD}: any word of
     * digits) come right before the occurrence, in its sentence, with nothing between the last of
     * them and the occurrence that ends a clause: "A: Watch the shoes" is not "a watch".
     */
    boolean precededBy(Occurrence occurrence, int[] words) {
        if (words.length == 1 && words[0] == CompiledRules.START_WORD) {
            return opensSentence(occurrence);
        }
        int start = occurrence.first() - words.length;
        if (start < firstWord[occurrence.sentence()]) {
            return false;
        }
        return wordsAre(start, words) && joined(start + words.length - 1, occurrence.first());
    }

    /**
     * Whether the occurrence is the first word of its sentence, or follows only a list number that a
     * full stop or bracket closes ("4. Watches by the crate", "2) Watches").
     */
    private boolean opensSentence(Occurrence occurrence) {
        int first = firstWord[occurrence.sentence()];
        if (occurrence.first() == first) {
            return true;
        }
        return occurrence.first() == first + 1 && isNumber(first) && closesListNumber(first);
    }

    private boolean closesListNumber(int word) {
        int end = tokens.originalEnd(word);
        return end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }

    /**
     * Whether the words of one of these phrases (vocabulary ids) come right after the occurrence, in
     * its sentence, with nothing that ends a clause between (a possessive "'s" between is skipped,
     * so "Toyota's headquarters" is followed by "headquarters"), or right after an apposition that
     * follows or holds it. The places are found once for all the phrases.
     */
    boolean followedByAny(Occurrence occurrence, int[][] phrases) {
        if (phrases.length == 0) {
            return false;
        }
        if (directlyFollowedByAny(occurrence, phrases)) {
            return true;
        }
        int sentenceEnd = endWord[occurrence.sentence()];
        int resumed = afterApposition(occurrence.end() - 1, sentenceEnd);
        if (resumed >= 0 && startsAny(resumed, sentenceEnd, phrases)) {
            return true;
        }
        resumed = afterSubjectApposition(occurrence);
        return resumed >= 0 && startsAny(resumed, sentenceEnd, phrases);
    }

    /**
     * Whether the words of one of these phrases come right after the occurrence, a possessive "'s"
     * skipped, with nothing that ends a clause between; no apposition is read past.
     */
    boolean directlyFollowedByAny(Occurrence occurrence, int[][] phrases) {
        int next = occurrence.end();
        int sentenceEnd = endWord[occurrence.sentence()];
        if (next < sentenceEnd && isPossessiveS(next)) {
            next++;
        }
        return next < sentenceEnd && joined(occurrence.end() - 1, next) && startsAny(next, sentenceEnd, phrases);
    }

    private boolean startsAny(int at, int sentenceEnd, int[][] phrases) {
        for (int[] words : phrases) {
            if (at + words.length <= sentenceEnd && wordsAre(at, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word after the apposition that holds the occurrence and describes the sentence's subject
     * ("Daimler, the Stuttgart company that then owned Mercedes-Benz, said"; "IWC Schaffhausen, the
     * Swiss watchmaker, said"), or -1: the subject is the sentence's first one to
     * {@value #SUBJECT_WORDS} words, ending with a name and not opening with a preposition ("In
     * Pyongyang, the Maybach, said to be ..." is no subject), and the apposition opens with an
     * article, "which", "whose" or "owned" and closes with a comma within {@value #APPOSITION_WORDS}
     * words.
     */
    private int afterSubjectApposition(Occurrence occurrence) {
        int first = firstWord[occurrence.sentence()];
        int sentenceEnd = endWord[occurrence.sentence()];
        int opening = -1;
        for (int word = occurrence.first(); word > first && occurrence.first() - word <= APPOSITION_WORDS; word--) {
            char mark = gap(word - 1, word);
            if (mark == ',') {
                opening = word;
                break;
            }
            if (mark != 0) {
                return -1;
            }
        }
        if (opening < 0
                || opening - first > SUBJECT_WORDS
                || !opensDescription(opening)
                || !isSubject(first, opening)) {
            return -1;
        }
        return afterClosingComma(occurrence.end(), Math.min(sentenceEnd, opening + APPOSITION_WORDS + 1));
    }

    private static final int SUBJECT_WORDS = 6;

    /** The words that open a description of a company set off by commas. */
    private static final java.util.Set<String> DESCRIPTION_OPENERS =
            java.util.Set.of("the", "a", "an", "which", "whose", "owned");

    /** The prepositions that open a sentence before its subject: "In Pyongyang, ...". */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of(
            "in", "on", "at", "for", "from", "by", "with", "after", "before", "during", "since", "outside", "inside",
            "near", "under", "as", "like");

    private boolean opensDescription(int word) {
        return DESCRIPTION_OPENERS.contains(originalWord(word));
    }

    /**
     * Words {@code [first, opening)} name a subject: joined, no preposition first, a capitalised
     * name last ("Daimler", "IWC Schaffhausen", "A spokesperson for Richemont"), so not "Kim's new
     * car, a Maybach, said to ...".
     */
    private boolean isSubject(int first, int opening) {
        if (OPENING_PREPOSITIONS.contains(originalWord(first))
                || !Character.isUpperCase(text.codePointAt(tokens.originalStart(opening - 1)))) {
            return false;
        }
        for (int word = first + 1; word < opening; word++) {
            char mark = gap(word - 1, word);
            if (mark != 0 && mark != '.') { // "Toyota Motor Corp., which sells ..."
                return false;
            }
        }
        return true;
    }

    private String originalWord(int word) {
        return text.substring(tokens.originalStart(word), tokens.originalEnd(word))
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The word after an apposition set off by commas right after word {@code last} ("Cartier, owned
     * by the Swiss group Richemont, said"), or -1 when none follows it: a comma must come right after
     * {@code last}, and the closing one within {@value #APPOSITION_WORDS} words, with nothing else
     * that ends a clause between.
     */
    private int afterApposition(int last, int sentenceEnd) {
        if (last + 1 >= sentenceEnd || gap(last, last + 1) != ',') {
            return -1;
        }
        return afterClosingComma(last + 2, Math.min(sentenceEnd, last + 2 + APPOSITION_WORDS));
    }

    /**
     * The word after the first comma between words {@code [from - 1, limit)}, or -1 when none stands
     * there or another mark that ends a clause comes first: the close of an apposition.
     */
    private int afterClosingComma(int from, int limit) {
        for (int word = from; word < limit; word++) {
            char mark = gap(word - 1, word);
            if (mark == ',') {
                return word;
            }
            if (mark != 0) {
                return -1;
            }
        }
        return -1;
    }

    private static final int APPOSITION_WORDS = 12;

    /**
     * The mark that ends a clause between word {@code before} and the next word {@code after} (the
     * last one, if several), or 0 when none does.
     */
    private char gap(int before, int after) {
        char mark = 0;
        for (int i = tokens.originalEnd(before); i < tokens.originalStart(after); i++) {
            if (endsClause(text.charAt(i))) {
                mark = text.charAt(i);
            }
        }
        return mark;
    }

    private boolean wordsAre(int start, int[] words) {
        for (int i = 0; i < words.length; i++) {
            int word = start + i;
            if (words[i] == CompiledRules.NUMBER_WORD ? !isNumber(word) : tokens.id(word) != words[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether only word gaps stand between word {@code before} and word {@code after}: no clause ends there. */
    private boolean joined(int before, int after) {
        for (int i = tokens.originalEnd(before); i < tokens.originalStart(after); i++) {
            if (endsClause(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsClause(char c) {
        return switch (c) {
            case ':',
                    ';',
                    ',',
                    '|',
                    '.',
                    '!',
                    '?',
                    '(',
                    ')',
                    '[',
                    ']',
                    '/',
                    '\u2026',
                    '\uFF1A',
                    '\uFF1B',
                    '\uFF0C',
                    '\u3001',
                    '\u3002' -> true;
            default -> false;
        };
    }

    private boolean isNumber(int word) {
        for (int i = tokens.originalStart(word); i < tokens.originalEnd(word); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** An "s" written right after an apostrophe: the possessive, which the scanner reads as a word. */
    private boolean isPossessiveS(int word) {
        int start = tokens.originalStart(word);
        if (tokens.originalEnd(word) != start + 1 || start == 0 || (text.charAt(start) | 0x20) != 's') {
            return false;
        }
        char before = text.charAt(start - 1);
        return before == '\'' || before == '\u2019' || before == '\uFF07' || before == '\u02BC';
    }

    String text() {
        return text;
    }

    int sentenceCount() {
        return sentences.size();
    }

    /**
     * Whether the sentence ends with a colon: a lead-in to what follows ("The models identified so
     * far:", "Among the items listed in the report:"), whose references point forward, not back.
     */
    boolean introducesWhatFollows(int sentence) {
        char last = chars[sentences.get(sentence).end() - 1];
        return last == ':' || last == '\uFF1A';
    }

    Span sentence(int index) {
        return sentences.get(index);
    }

    /** Where the words of sentence {@code index} that open a number written in words start, ascending. */
    int[] numberWordStarts(int index, NumberOpenings openings) {
        return openings.startsIn(tokens, firstWord[index], endWord[index]);
    }

    Span originalSpan(Occurrence occurrence) {
        return tokens.originalSpan(occurrence.first(), occurrence.end());
    }
}
