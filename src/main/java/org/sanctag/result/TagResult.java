package org.sanctag.result;

import java.util.List;

/**
 * What sanctag found in one document, against the rule sets of {@code ruleset} (the chosen ones, in
 * the order chosen). {@code flagged} is true when at least one passage is of
 * medium or high relevance; {@code relevance} is the highest passage relevance, or none.
 * {@code explanation} lists every candidate match with its verdict, and is null unless asked for.
 * {@code truncated} is true when the answer stops short of everything found: a document so dense
 * that its matches or explanation entries passed the answer limits; {@code flagged} and
 * {@code relevance} still cover the whole document.
 */
public record TagResult(
        boolean flagged,
        Relevance relevance,
        List<RuleSetRef> ruleset,
        List<Passage> passages,
        List<CategorySummary> categories,
        List<Candidate> explanation,
        boolean truncated) {

    public TagResult {
        ruleset = List.copyOf(ruleset);
        passages = List.copyOf(passages);
        categories = List.copyOf(categories);
        explanation = explanation == null ? null : List.copyOf(explanation);
    }
}
