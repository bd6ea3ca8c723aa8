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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.sanctag.Tagger;
import org.sanctag.eval.Scorer.Outcomes;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.rules.RuleSetLoader;

/**
 * Scores the bundled rules on the team's evaluation corpora, one folder under
 * src/test/resources/eval per language (each with a tuning split and a held-back split written
 * before any tuning), and eval/national, which is scored once per bundled rule set against the
 * sentences that fall under it; writes target/eval-report.md and fails below the accuracy the
 * project promises. {@code -Dsanctag.eval.corpus=src/test/resources/eval/ko} scores one folder (or a
 * comma-separated list), {@code -Dsanctag.eval.splits=tuning} one split. eval/en holds the issue-15
 * styles too: files named x15-* (tuning and held back), x15b-* and x15c-* (a second and a third
 * held-back batch); eval/en-x15d and eval/en-x15e (a fourth and a fifth, still below the targets)
 * and eval/{ko,ja,zh,ru}-x13b (a second held-back batch per language) are scored only when named.
 */
class EvaluationTest {

    private static final String CORPORA = "en,ko,ja,zh,ru,de,fr,es,national";

    /** The corpus scored per rule set: its gold sentences name the rule sets they fall under. */
    private static final String NATIONAL = "national";

    private static final Path REPORT = Path.of("target/eval-report.md");

    /**
     * English keeps the targets it met before the other languages came; the others get the issue's,
     * and so does each national rule set (issue 12).
     */
    private record Targets(double precision, double recall, double f1, double categoryRecall) {
        static Targets of(String language) {
            return language.equals("en") ? new Targets(0.95, 0.95, 0.95, 0.9) : new Targets(0.9, 0.85, 0, 0);
        }

        static final Targets NATIONAL_SET = new Targets(0.95, 0.9, 0, 0);
    }

    @Test
    void theBundledRulesMeetTheAccuracyTargetsInEveryLanguageAndRuleSet() throws IOException {
        Tagger tagger = Tagger.of(RuleSetLoader.bundledAll());
        List<String> splits = List.of(
                System.getProperty("sanctag.eval.splits", "tuning,heldout").split(","));

        StringBuilder summary = new StringBuilder("# sanctag evaluation report\n\n");
        StringBuilder details = new StringBuilder();
        List<Executable> checks = new ArrayList<>();
        List<Path> languages = corpora().stream()
                .filter(corpus -> !corpus.getFileName().toString().equals(NATIONAL))
                .toList();
        if (!languages.isEmpty()) {
            languages(tagger, languages, splits, summary, details, checks);
        }
        corpora().stream()
                .filter(corpus -> corpus.getFileName().toString().equals(NATIONAL))
                .forEach(corpus -> national(tagger, corpus, splits, summary, details, checks));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary.append('\n').append(details).toString());
        assertAll(checks);
    }

    /** The UN rule set, which is the default, on every language corpus. */
    private static void languages(
            Tagger tagger,
            List<Path> corpora,
            List<String> splits,
            StringBuilder summary,
            StringBuilder details,
            List<Executable> checks) {
        RuleSetSummary un = tagger.ruleSet(RuleSetLoader.UN_ID).orElseThrow();
        List<String> categoryIds = categoryIds(un);
        Scorer scorer = new Scorer(tagger);
        summary.append("## Every language (rule set `")
                .append(un.id())
                .append("`)\n\n")
                .append("| language | split | documents | precision | recall | F1 | never-flag documents flagged |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
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
            bySplit.forEach((split, outcomes) -> summary.append(row(language, split, outcomes, categoryIds)));
            details.append(demoted(language, EvalReport.markdown(ref(un), bySplit, categoryIds)));
            checks.add(() -> assertAll(
                    language, targets(Targets.of(language), language, Metrics.of(bySplit.get("all"), categoryIds))));
        }
        summary.append('\n');
    }

    /**
     * eval/national, once per bundled rule set: each document as that set must see it (the gold
     * sentences that fall under it, its own {@code flagged}), held-back split first. The national
     * sets must meet the issue's targets; the UN set's figures on this corpus are reported only.
     */
    private static void national(
            Tagger tagger,
            Path corpus,
            List<String> splits,
            StringBuilder summary,
            StringBuilder details,
            List<Executable> checks) {
        Set<String> everyCategory = tagger.ruleSets().stream()
                .flatMap(set -> categoryIds(set).stream())
                .collect(Collectors.toSet());
        List<String> heldBackFirst = splits.stream()
                .map(String::strip)
                .sorted((a, b) -> Boolean.compare(!a.equals("heldout"), !b.equals("heldout")))
                .toList();
        Map<String, List<GoldDocument>> read = new LinkedHashMap<>();
        for (String split : heldBackFirst) {
            List<GoldDocument> documents = GoldDocument.readSplit(corpus, split, everyCategory);
            assertFalse(documents.isEmpty(), "no documents in " + corpus + " split " + split);
            read.put(split, documents);
        }
        summary.append("## Per rule set (eval/national)\n\n")
                .append("| rule set | split | documents | precision | recall | F1 | never-flag documents flagged |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (RuleSetSummary set : tagger.ruleSets()) {
            List<String> categoryIds = categoryIds(set);
            Scorer scorer = new Scorer(tagger, List.of(set.id()));
            Map<String, Outcomes> bySplit = new LinkedHashMap<>();
            List<GoldDocument> everything = new ArrayList<>();
            read.forEach((split, documents) -> {
                List<GoldDocument> seen = documents.stream()
                        .map(document -> document.forRuleSet(set.id(), Set.copyOf(categoryIds)))
                        .toList();
                bySplit.put(split, scorer.score(seen));
                everything.addAll(seen);
            });
            bySplit.put("all", scorer.score(everything));
            bySplit.forEach((split, outcomes) -> summary.append(row(set.id(), split, outcomes, categoryIds)));
            details.append(
                    demoted(NATIONAL + ", rule set " + set.id(), EvalReport.markdown(ref(set), bySplit, categoryIds)));
            if (!set.id().equals(RuleSetLoader.UN_ID)) {
                checks.add(() -> assertAll(
                        set.id(),
                        targets(
                                Targets.NATIONAL_SET,
                                NATIONAL + " under " + set.id(),
                                Metrics.of(bySplit.get("all"), categoryIds))));
            }
        }
    }

    private static String row(String name, String split, Outcomes outcomes, List<String> categoryIds) {
        Metrics m = Metrics.of(outcomes, categoryIds);
        return String.format(
                Locale.ROOT,
                "| %s | %s | %d | %.3f | %.3f | %.3f | %d |%n",
                name,
                split,
                m.documents(),
                m.precision(),
                m.recall(),
                m.f1(),
                m.neverFlaggedButFlagged());
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

    private static List<Executable> targets(Targets targets, String corpus, Metrics metrics) {
        String see = " in " + corpus + " (see " + REPORT + ")";
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

    private static List<String> categoryIds(RuleSetSummary set) {
        return set.categories().stream().map(RuleSetSummary.CategoryInfo::id).toList();
    }

    /** One corpus's report as a section of the whole: its headings one level down, named after it. */
    private static String demoted(String name, String markdown) {
        return markdown.replaceFirst("# sanctag evaluation report", "# " + name)
                .lines()
                .map(line -> line.startsWith("#") ? "#" + line : line)
                .reduce(new StringBuilder(), (out, line) -> out.append(line).append('\n'), StringBuilder::append)
                .toString();
    }

    private static RuleSetRef ref(RuleSetSummary summary) {
        return new RuleSetRef(summary.id(), summary.version(), summary.digest());
    }
}
