package org.sanctag.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sanctag.eval.Scorer.Outcomes;
import org.sanctag.eval.Scorer.SentenceOutcome;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.RuleSetRef;

/** The evaluation written for people: totals per split, recall per category, then every error with its text. */
final class EvalReport {

    private EvalReport() {}

    /** {@code bySplit} maps each split name, and "all", to its outcomes. */
    static String markdown(RuleSetRef rules, Map<String, Outcomes> bySplit, List<String> categoryIds) {
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        bySplit.forEach((split, outcomes) -> metrics.put(split, Metrics.of(outcomes, categoryIds)));
        StringBuilder out = new StringBuilder();
        out.append("# sanctag evaluation report\n\n")
                .append("Rule set `")
                .append(rules.id())
                .append("` version ")
                .append(rules.version())
                .append(".\n")
                .append(
                        "A flagged passage (relevance medium or high) hits a gold sentence when each covers at least half")
                .append(
                        " of the other. Precision: flagged passages that hit a gold sentence. Recall: gold sentences hit.")
                .append(" Category accuracy: hits whose categories equal the gold ones. Per-category recall: gold")
                .append(" sentences of the category hit by a passage that names it.\n\n");

        out.append("## Totals\n\n| split | documents | gold sentences | flagged passages | precision | recall | F1 |")
                .append(" category accuracy | document `flagged` right | never-flag documents flagged |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        metrics.forEach((split, m) -> out.append("| ")
                .append(split)
                .append(" | ")
                .append(m.documents())
                .append(" | ")
                .append(m.goldSentences())
                .append(" | ")
                .append(m.flaggedPassages())
                .append(" | ")
                .append(number(m.precision()))
                .append(" | ")
                .append(number(m.recall()))
                .append(" | ")
                .append(number(m.f1()))
                .append(" | ")
                .append(number(m.categoryAccuracy()))
                .append(" | ")
                .append(m.documentsRight())
                .append("/")
                .append(m.documents())
                .append(" | ")
                .append(m.neverFlaggedButFlagged())
                .append("/")
                .append(m.neverFlaggedDocuments())
                .append(" |\n"));

        out.append("\n## Recall per category\n\n| category |");
        metrics.keySet().forEach(split -> out.append(" ").append(split).append(" |"));
        out.append("\n| --- |").append(" ---: |".repeat(metrics.size())).append("\n");
        for (String category : categoryIds) {
            out.append("| ").append(category).append(" |");
            metrics.values().forEach(m -> {
                Metrics.CategoryRecall recall = m.perCategory().get(category);
                out.append(" ")
                        .append(
                                recall.gold() == 0
                                        ? "-"
                                        : number(recall.recall()) + " (" + recall.found() + "/" + recall.gold() + ")")
                        .append(" |");
            });
            out.append("\n");
        }

        Outcomes all = bySplit.get("all");
        out.append("\n## Misses\n\n");
        List<SentenceOutcome> misses =
                all.sentences().stream().filter(outcome -> !outcome.hit()).toList();
        if (misses.isEmpty()) {
            out.append("None.\n");
        }
        for (SentenceOutcome miss : misses) {
            out.append("- **")
                    .append(where(miss.document()))
                    .append("** ")
                    .append(miss.gold().categories())
                    .append(": ")
                    .append(quote(miss.gold().text()))
                    .append("\n");
            if (miss.candidates().isEmpty()) {
                out.append("  - no rule term in the sentence\n");
            }
            miss.candidates()
                    .forEach(candidate -> out.append("  - `")
                            .append(candidate.text())
                            .append("` ")
                            .append(candidate.rule())
                            .append(" ")
                            .append(candidate.verdict().wireName())
                            .append(": ")
                            .append(candidate.reason())
                            .append("; relevance ")
                            .append(candidate.relevance().wireName())
                            .append(" (")
                            .append(candidate.relevanceReason())
                            .append(")\n"));
        }

        out.append("\n## False alarms\n\n");
        if (all.falseAlarms().isEmpty()) {
            out.append("None.\n");
        }
        all.falseAlarms()
                .forEach(alarm -> out.append("- **")
                        .append(where(alarm.document()))
                        .append("**")
                        .append(alarm.trap() ? " (a not_flag sentence)" : "")
                        .append(" ")
                        .append(alarm.passage().relevance().wireName())
                        .append(": ")
                        .append(quote(alarm.passage().text()))
                        .append("\n  - matches: ")
                        .append(matches(alarm.passage().matches()))
                        .append("\n"));

        out.append("\n## Hits with other categories than the gold ones\n\n");
        List<SentenceOutcome> wrongCategories = all.sentences().stream()
                .filter(outcome -> outcome.hit() && !outcome.categoriesRight())
                .toList();
        if (wrongCategories.isEmpty()) {
            out.append("None.\n");
        }
        wrongCategories.forEach(outcome -> out.append("- **")
                .append(where(outcome.document()))
                .append("** gold ")
                .append(outcome.gold().categories())
                .append(", found ")
                .append(outcome.predictedCategories())
                .append(": ")
                .append(quote(outcome.gold().text()))
                .append("\n  - matches: ")
                .append(matches(outcome.hitBy().stream()
                        .flatMap(passage -> passage.matches().stream())
                        .toList()))
                .append("\n"));

        out.append("\n## Documents with the wrong `flagged`\n\n");
        List<Scorer.DocumentOutcome> wrongDocuments =
                all.documents().stream().filter(outcome -> !outcome.right()).toList();
        if (wrongDocuments.isEmpty()) {
            out.append("None.\n");
        }
        wrongDocuments.forEach(outcome -> out.append("- **")
                .append(where(outcome.document()))
                .append("** (")
                .append(outcome.document().kind().name().toLowerCase(Locale.ROOT))
                .append(") expected ")
                .append(outcome.document().flagged())
                .append(", got ")
                .append(outcome.flagged())
                .append("\n"));
        return out.toString();
    }

    private static String where(GoldDocument document) {
        return document.split() + "/" + document.name();
    }

    private static String matches(List<GoodsMatch> matches) {
        return matches.stream()
                .map(match -> "`" + match.text() + "` " + match.rule())
                .collect(Collectors.joining(", "));
    }

    private static String quote(String text) {
        return "\"" + text.replaceAll("\\s+", " ").strip() + "\"";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
