package org.sanctag.bench.engines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sanctag.PhraseCatalog;

/**
 * What a team would write first: one {@code \b(?:t1|t2|...)\b} pattern, CASE_INSENSITIVE and
 * UNICODE_CASE, each word quoted, any run of white space or dashes between words, the longest
 * alternatives first (java.util.regex takes the first alternative that matches, not the longest),
 * counting {@code find()} hits.
 *
 * <p>Only for rule sets of at most {@value #MAX_TERMS} terms: java.util.regex tries the
 * alternatives one by one at every word boundary, so time per byte grows with the vocabulary
 * (first runs: about 11 ms per KB with the ~600-term real file, 34 ms per KB at 1k terms; at 10k
 * that growth would put a single 5 KB article past a second), which makes larger runs pointless
 * and slow.
 *
 * <p>What it cannot express of sanctag: no accent or compatibility folding; one non-overlapping
 * match per position, so nested phrases ("Rolls-Royce" inside "Rolls-Royce Phantom") are not
 * reported; no sentences, context rules, exclusions or relevance.
 */
public final class RegexAlternation implements Engine {

    public static final int MAX_TERMS = 1000;
    private static final String BETWEEN_WORDS = "[\\s\\-\\u2010-\\u2015]+";

    private final Pattern pattern;

    public RegexAlternation(PhraseCatalog vocabulary, int termCount) {
        if (termCount > MAX_TERMS) {
            throw new IllegalArgumentException(
                    "the regex baseline is skipped above " + MAX_TERMS + " terms (this rule set has " + termCount
                            + "): java.util.regex tries every alternative at every word boundary");
        }
        List<List<String>> alternatives = new ArrayList<>();
        vocabulary.phrases().forEach(phrase -> alternatives.addAll(phrase.variants()));
        alternatives.sort(Comparator.comparingInt(
                        (List<String> words) -> String.join(" ", words).length())
                .reversed());
        String union = alternatives.stream()
                .map(words -> words.stream().map(Pattern::quote).collect(Collectors.joining(BETWEEN_WORDS)))
                .distinct()
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("\\b(?:" + union + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String name() {
        return "regex";
    }

    @Override
    public long count(String text) {
        Matcher matcher = pattern.matcher(text);
        long hits = 0;
        while (matcher.find()) {
            hits++;
        }
        return hits;
    }

    @Override
    public Object footprint() {
        return pattern;
    }
}
