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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sanctag.Tagger;
import org.sanctag.eval.Scorer.Outcomes;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.rules.RuleSetLoader;

/**
 * Scores the bundled UN rules on the team's evaluation corpora, one folder per language under
 * src/test/resources/eval (each with a tuning split and a held-back split written before any
 * tuning), writes target/eval-report.md with every language on its own and fails below the accuracy
 * the project promises for that language. {@code -Dsanctag.eval.corpus=src/test/resources/eval/ko}
 * scores one folder (or a comma-separated list), {@code -Dsanctag.eval.splits=tuning} one split.
 * eval/en-x15 and eval/national belong to other work and are not scored by default.
 */
class EvaluationTest {

    private static final String CORPORA = "en,ko,ja,zh,ru,de,fr,es";

    private static final Path REPORT = Path.of("target/eval-report.md");

    /** English keeps the targets it met before the other languages came; the others get the issue's. */
    private record Targets(double precision, double recall, double f1, double categoryRecall) {
        static Targets of(String language) {
            return language.equals("en") ? new Targets(0.95, 0.95, 0.95, 0.9) : new Targets(0.9, 0.85, 0, 0);
        }
    }

    @Test
    void theBundledRulesMeetTheAccuracyTargetsInEveryLanguage() throws IOException {
        Tagger tagger = Tagger.of(RuleSetLoader.bundled());
        List<String> categoryIds = tagger.ruleSets().get(0).categories().stream()
                .map(RuleSetSummary.CategoryInfo::id)
                .toList();
        Scorer scorer = new Scorer(tagger);
        List<Path> corpora = corpora();
        List<String> splits = List.of(
                System.getProperty("sanctag.eval.splits", "tuning,heldout").split(","));

        StringBuilder summary = new StringBuilder("# sanctag evaluation report\n\n## Every language\n\n")
                .append("| language | split | documents | precision | recall | F1 | never-flag documents flagged |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        StringBuilder details = new StringBuilder();
        List<Executable> checks = new ArrayList<>();
        for (Path corpus : corpora) {
            String language = corpus.getFileName().toString();
            Map<String, Outcomes> bySplit = new LinkedHashMap<>();
            List<GoldDocument> everything = new ArrayList<>();
            for (String split : splits) {
                List<GoldDocument> documents = GoldDocument.readSplit(corpus, split.strip(), Set.copyOf(categoryIds));
                assertFalse(documents.isEmpty(), "no documents in " + corpus + " split " + split);
                bySplit.put(split.strip(), scorer.score(documents));
                everything.addAll(documents);
            }
            bySplit.put("all", scorer.score(everything));
            bySplit.forEach((split, outcomes) -> {
                Metrics m = Metrics.of(outcomes, categoryIds);
                summary.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %.3f | %.3f | %.3f | %d |%n",
                        language,
                        split,
                        m.documents(),
                        m.precision(),
                        m.recall(),
                        m.f1(),
                        m.neverFlaggedButFlagged()));
            });
            details.append(
                    demoted(language, EvalReport.markdown(ref(tagger.ruleSets().get(0)), bySplit, categoryIds)));
            checks.add(() -> assertAll(language, targets(language, Metrics.of(bySplit.get("all"), categoryIds))));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary.append('\n').append(details).toString());
        assertAll(checks);
    }

    private static List<Path> corpora() {
        String named = System.getProperty("sanctag.eval.corpus");
        if (named != null) {
            return List.of(named.split(",")).stream()
                    .map(String::strip)
                    .map(Path::of)
                    .toList();
        }
        return List.of(CORPORA.split(",")).stream()
                .map(language -> Path.of("src/test/resources/eval", language))
                .toList();
    }

    private static List<Executable> targets(String language, Metrics metrics) {
        Targets targets = Targets.of(language);
        String see = " in " + language + " (see " + REPORT + ")";
        List<Executable> checks = new ArrayList<>();
        checks.add(
                () -> assertTrue(metrics.precision() >= targets.precision(), "precision " + metrics.precision() + see));
        checks.add(() -> assertTrue(metrics.recall() >= targets.recall(), "recall " + metrics.recall() + see));
        checks.add(() -> assertTrue(metrics.f1() >= targets.f1(), "F1 " + metrics.f1() + see));
        checks.add(() -> assertEquals(
                0, metrics.neverFlaggedButFlagged(), "negative, out-of-domain or other-lists documents flagged" + see));
        metrics.perCategory()
                .forEach((category, recall) -> checks.add(() -> assertTrue(
                        recall.gold() == 0 || recall.recall() >= targets.categoryRecall(),
                        category + " recall " + recall.recall() + see)));
        return checks;
    }

    /** One language's report as a section of the whole: its headings one level down, named after it. */
    private static String demoted(String language, String markdown) {
        return markdown.replaceFirst("# sanctag evaluation report", "# " + language)
                .lines()
                .map(line -> line.startsWith("#") ? "#" + line : line)
                .reduce(new StringBuilder(), (out, line) -> out.append(line).append('\n'), StringBuilder::append)
                .toString();
    }

    private static RuleSetRef ref(RuleSetSummary summary) {
        return new RuleSetRef(summary.id(), summary.version(), summary.digest());
    }
}
