package org.sanctag;

import java.util.ArrayList;
import java.util.List;
import org.sanctag.text.SentenceSplitter;
import org.sanctag.text.Span;
import org.sanctag.text.Tokens;

/** A text read once: its sentences, its words, and which words belong to which sentence. */
final class Document {

    private final String text;
    private final List<Span> sentences;
    private final Tokens tokens;
    /** Words {@code [firstWord[s], endWord[s])} belong to sentence {@code s}. */
    private final int[] firstWord;

    private final int[] endWord;

    private Document(String text, List<Span> sentences, Tokens tokens, int[] firstWord, int[] endWord) {
        this.text = text;
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
        return new Document(text, sentences, tokens, firstWord, endWord);
    }

    /**
     * The phrase hits as occurrences in their sentences, in text order; a hit that runs across two
     * sentences is dropped, since a phrase never does.
     */
    List<Occurrence> place(PhraseOccurrences hits) {
        List<Occurrence> placed = new ArrayList<>(hits.size());
        int sentence = 0;
        for (int i = 0; i < hits.size(); i++) {
            int first = hits.first(i);
            while (sentence < endWord.length && endWord[sentence] <= first) {
                sentence++;
            }
            if (sentence == endWord.length) {
                break;
            }
            if (firstWord[sentence] <= first && hits.end(i) <= endWord[sentence]) {
                placed.add(new Occurrence(hits.phraseId(i), sentence, first, hits.end(i)));
            }
        }
        return placed;
    }

    /** Whether the words with these vocabulary ids come right before the occurrence, in its sentence. */
    boolean precededBy(Occurrence occurrence, int[] words) {
        int start = occurrence.first() - words.length;
        if (start < firstWord[occurrence.sentence()]) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (tokens.id(start + i) != words[i]) {
                return false;
            }
        }
        return true;
    }

    String text() {
        return text;
    }

    int sentenceCount() {
        return sentences.size();
    }

    Span sentence(int index) {
        return sentences.get(index);
    }

    Span originalSpan(Occurrence occurrence) {
        return tokens.originalSpan(occurrence.first(), occurrence.end());
    }
}
