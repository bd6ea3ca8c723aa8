package org.sanctag.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sanctag.text.Tokens;

class PhraseMatcherTest {

    private static final PhraseMatcher MATCHER = PhraseMatcher.builder()
            .add(List.of("rolls", "royce"), 1)
            .add(List.of("rolls", "royce", "phantom"), 2)
            .add(List.of("phantom"), 3)
            .add(List.of("car"), 4)
            .build();

    private static List<String> found(String text) {
        Tokens tokens = Tokens.of(text, MATCHER.vocabulary());
        List<String> found = new ArrayList<>();
        MATCHER.scan(tokens, 0, tokens.size(), (id, first, end) -> found.add(id + "@" + first + "-" + end));
        return found;
    }

    @Test
    void reportsNestedAndOverlappingPhrases() {
        assertEquals(List.of("1@1-3", "2@1-4", "3@3-4"), found("a Rolls-Royce Phantom"));
    }

    @Test
    void matchesWholeWordsOnly() {
        assertEquals(List.of(), found("cart Carter scar"));
        assertEquals(List.of("4@0-1"), found("car."));
    }

    @Test
    void staysInsideTheGivenWordRange() {
        Tokens tokens = Tokens.of("Rolls. Royce", MATCHER.vocabulary());
        List<Integer> found = new ArrayList<>();
        MATCHER.scan(tokens, 0, 1, (id, first, end) -> found.add(id));
        assertEquals(List.of(), found);
    }

    @Test
    void findsPhrasesAmongManyWithSharedWords() {
        PhraseMatcher.Builder builder = PhraseMatcher.builder();
        for (int i = 0; i < 5000; i++) {
            builder.add(List.of("brand" + i, "model"), i);
            builder.add(List.of("brand" + i), 10_000 + i);
        }
        PhraseMatcher matcher = builder.build();
        Tokens tokens = Tokens.of("the BRAND4999 Model and brand17, brand5000 model", matcher.vocabulary());
        List<String> found = new ArrayList<>();
        matcher.scan(tokens, 0, tokens.size(), (id, first, end) -> found.add(id + "@" + first + "-" + end));
        assertEquals(List.of("14999@1-2", "4999@1-3", "10017@4-5"), found);
    }

    @Test
    void refusesAnEmptyPhrase() {
        assertThrows(
                IllegalArgumentException.class, () -> PhraseMatcher.builder().add(List.of(), 1));
    }

    @Test
    void givesTheSameAnswersOnManyThreads() throws Exception {
        String text = "The Rolls-Royce Phantom and the car. ".repeat(200);
        List<String> expected = found(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> found(text)));
            }
            for (Future<List<String>> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
