package org.sanctag.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sanctag.Tagger;
import org.sanctag.eval.Scorer.Outcomes;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.rules.RuleSetLoader;

/**
 * Scores the bundled UN rules on the team's evaluation corpus (src/test/resources/eval/en: a tuning
 * split and a held-back split written before any tuning), writes target/eval-report.md and fails
 * below the accuracy the project promises. {@code -Dsanctag.eval.splits=tuning} scores one split.
 */
class EvaluationTest {

    /** The corpus folder (with tuning/ and heldout/); {@code -Dsanctag.eval.corpus} scores another. */
    private static final Path CORPUS = Path.of(System.getProperty("sanctag.eval.corpus", "src/test/resources/eval/en"));

    private static final Path REPORT = Path.of("target/eval-report.md");

    @Test
    void theBundledRulesMeetTheAccuracyTargets() throws IOException {
        Tagger tagger = Tagger.of(RuleSetLoader.bundled());
        List<String> categoryIds = tagger.ruleSet().categories().stream()
                .map(RuleSetSummary.CategoryInfo::id)
                .toList();
        Scorer scorer = new Scorer(tagger);

        Map<String, Outcomes> bySplit = new LinkedHashMap<>();
        List<GoldDocument> everything = new ArrayList<>();
        for (String split :
                System.getProperty("sanctag.eval.splits", "tuning,heldout").split(",")) {
            List<GoldDocument> documents = GoldDocument.readSplit(CORPUS, split.strip(), Set.copyOf(categoryIds));
            assertFalse(documents.isEmpty(), "no documents in split " + split);
            bySplit.put(split.strip(), scorer.score(documents));
            everything.addAll(documents);
        }
        Outcomes all = scorer.score(everything);
        bySplit.put("all", all);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, EvalReport.markdown(tagger.ruleSetRef(), bySplit, categoryIds));

        Metrics metrics = Metrics.of(all, categoryIds);
        String see = " (see " + REPORT + ")";
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(metrics.precision() >= 0.95, "precision " + metrics.precision() + see));
        checks.add(() -> assertTrue(metrics.recall() >= 0.95, "recall " + metrics.recall() + see));
        checks.add(() -> assertTrue(metrics.f1() >= 0.95, "F1 " + metrics.f1() + see));
        checks.add(() -> assertEquals(
                0, metrics.neverFlaggedButFlagged(), "negative, out-of-domain or other-lists documents flagged" + see));
        metrics.perCategory()
                .forEach((category, recall) -> checks.add(() -> assertTrue(
                        recall.gold() == 0 || recall.recall() >= 0.9, category + " recall " + recall.recall() + see)));
        assertAll(checks);
    }
}
