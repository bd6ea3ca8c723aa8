package org.sanctag;

import java.util.ArrayList;
import java.util.List;
import org.sanctag.match.PhraseMatcher;
import org.sanctag.text.SentenceSplitter;
import org.sanctag.text.Span;
import org.sanctag.text.Tokens;
import org.sanctag.text.Vocabulary;

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

    static Document read(String text, Vocabulary vocabulary) {
        List<Span> sentences = SentenceSplitter.split(text);
        Tokens tokens = Tokens.of(text, vocabulary);
        int[] firstWord = new int[sentences.size()];
        int[] endWord = new int[sentences.size()];
        int word = 0;
        for (int s = 0; s < sentences.size(); s++) {
            while (word < tokens.size() && tokens.originalStart(word) < sentences.get(s).start()) {
                word++;
            }
            firstWord[s] = word;
            while (word < tokens.size() && tokens.originalStart(word) < sentences.get(s).end()) {
                word++;
            }
            endWord[s] = word;
        }
        return new Document(text, sentences, tokens, firstWord, endWord);
    }

    /** Every occurrence of the matcher's phrases; a phrase never runs across two sentences. */
    List<Occurrence> find(PhraseMatcher matcher) {
        List<Occurrence> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int sentence = s;
            matcher.scan(tokens, firstWord[s], endWord[s],
                    (phraseId, first, end) -> found.add(new Occurrence(phraseId, sentence, first, end)));
        }
        return found;
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
