package org.sanctag.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sanctag.Tagger;
import org.sanctag.eval.GoldDocument.GoldSentence;
import org.sanctag.result.Candidate;
import org.sanctag.result.Passage;
import org.sanctag.result.TagResult;

/**
 * Runs gold documents through the engine, against the default rule sets or the ones named, and
 * records, sentence by sentence, what it got right and wrong. A flagged passage (relevance medium or high) hits a gold sentence when each covers at
 * least half of the other.
 */
final class Scorer {

    /** A gold sentence and the flagged passages that hit it (none: a miss). */
    record SentenceOutcome(GoldDocument document, GoldSentence gold, List<Passage> hitBy, List<Candidate> candidates) {
        boolean hit() {
            return !hitBy.isEmpty();
        }

        Set<String> predictedCategories() {
            Set<String> categories = new LinkedHashSet<>();
            hitBy.forEach(passage -> categories.addAll(passage.categories()));
            return categories;
        }

        boolean categoriesRight() {
            return hit() && predictedCategories().equals(new LinkedHashSet<>(gold.categories()));
        }
    }

    /** A flagged passage that hits no gold sentence; {@code trap} when it hits a not_flag sentence. */
    record FalseAlarm(GoldDocument document, Passage passage, boolean trap) {}

    record DocumentOutcome(GoldDocument document, boolean flagged) {
        boolean right() {
            return flagged == document.flagged();
        }
    }

    /** Everything the engine did with a set of documents. */
    record Outcomes(
            List<SentenceOutcome> sentences,
            List<FalseAlarm> falseAlarms,
            List<DocumentOutcome> documents,
            int flaggedPassages) {}

    private final Tagger tagger;
    private final List<String> ruleSets;

    /** Scores the tagger's default rule sets. */
    Scorer(Tagger tagger) {
        this(tagger, List.of());
    }

    /** Scores these rule sets of the tagger (none: its default ones). */
    Scorer(Tagger tagger, List<String> ruleSets) {
        this.tagger = tagger;
        this.ruleSets = List.copyOf(ruleSets);
    }

    Outcomes score(List<GoldDocument> documents) {
        List<SentenceOutcome> sentences = new ArrayList<>();
        List<FalseAlarm> falseAlarms = new ArrayList<>();
        List<DocumentOutcome> outcomes = new ArrayList<>();
        int flaggedPassages = 0;
        for (GoldDocument document : documents) {
            TagResult result = tagger.tag(document.text(), ruleSets, true);
            List<Passage> flagged = result.passages().stream()
                    .filter(passage -> passage.relevance().flags())
                    .toList();
            flaggedPassages += flagged.size();
            for (GoldSentence gold : document.flag()) {
                List<Passage> hitBy =
                        flagged.stream().filter(passage -> hits(passage, gold)).toList();
                List<Candidate> inside = result.explanation().stream()
                        .filter(candidate -> candidate.start() >= gold.start() && candidate.end() <= gold.end())
                        .toList();
                sentences.add(new SentenceOutcome(document, gold, hitBy, inside));
            }
            for (Passage passage : flagged) {
                if (document.flag().stream().noneMatch(gold -> hits(passage, gold))) {
                    boolean trap = document.notFlag().stream().anyMatch(gold -> hits(passage, gold));
                    falseAlarms.add(new FalseAlarm(document, passage, trap));
                }
            }
            outcomes.add(new DocumentOutcome(document, result.flagged()));
        }
        return new Outcomes(sentences, falseAlarms, outcomes, flaggedPassages);
    }

    static boolean hits(Passage passage, GoldSentence gold) {
        int overlap = Math.min(passage.end(), gold.end()) - Math.max(passage.start(), gold.start());
        return 2 * overlap >= gold.end() - gold.start() && 2 * overlap >= passage.end() - passage.start();
    }
}
