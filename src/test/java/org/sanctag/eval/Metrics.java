package org.sanctag.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctag.eval.Scorer.Outcomes;
import org.sanctag.eval.Scorer.SentenceOutcome;

/** The numbers of one set of outcomes. A ratio with nothing to divide by counts as perfect. */
record Metrics(
        int goldSentences,
        int hits,
        int flaggedPassages,
        int falseAlarms,
        double precision,
        double recall,
        double f1,
        double categoryAccuracy,
        int documents,
        int documentsRight,
        int neverFlaggedDocuments,
        int neverFlaggedButFlagged,
        Map<String, CategoryRecall> perCategory) {

    record CategoryRecall(int gold, int found) {
        double recall() {
            return ratio(found, gold);
        }
    }

    static Metrics of(Outcomes outcomes, List<String> categoryIds) {
        List<SentenceOutcome> sentences = outcomes.sentences();
        int hits = (int) sentences.stream().filter(SentenceOutcome::hit).count();
        int rightCategories = (int)
                sentences.stream().filter(SentenceOutcome::categoriesRight).count();
        int flagged = outcomes.flaggedPassages();
        int falseAlarms = outcomes.falseAlarms().size();
        double precision = ratio(flagged - falseAlarms, flagged);
        double recall = ratio(hits, sentences.size());
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

        Map<String, CategoryRecall> perCategory = new LinkedHashMap<>();
        for (String category : categoryIds) {
            List<SentenceOutcome> ofCategory = sentences.stream()
                    .filter(outcome -> outcome.gold().categories().contains(category))
                    .toList();
            int found = (int) ofCategory.stream()
                    .filter(outcome -> outcome.predictedCategories().contains(category))
                    .count();
            perCategory.put(category, new CategoryRecall(ofCategory.size(), found));
        }
        List<Scorer.DocumentOutcome> documents = outcomes.documents();
        int documentsRight =
                (int) documents.stream().filter(Scorer.DocumentOutcome::right).count();
        List<Scorer.DocumentOutcome> neverFlagged = documents.stream()
                .filter(outcome -> outcome.document().kind().neverFlagged())
                .toList();
        int wronglyFlagged = (int)
                neverFlagged.stream().filter(Scorer.DocumentOutcome::flagged).count();
        return new Metrics(
                sentences.size(),
                hits,
                flagged,
                falseAlarms,
                precision,
                recall,
                f1,
                ratio(rightCategories, hits),
                documents.size(),
                documentsRight,
                neverFlagged.size(),
                wronglyFlagged,
                perCategory);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
