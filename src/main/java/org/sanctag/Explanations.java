package org.sanctag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.sanctag.result.Candidate;
import org.sanctag.result.Relevance;
import org.sanctag.rules.Rule;
import org.sanctag.rules.Strength;

/** Turns the decider's verdicts into sentences a user can read next to the text. */
final class Explanations {

    private Explanations() {}

    /**
     * The first {@code limit} decisions, in text order, as candidates a user can read; each is rated
     * by the signals of its own rule set ({@code signalsOf} by rule-set index, ids likewise), one
     * step lower where its passage states a value below the thresholds ({@code valuesOf} by
     * sentence, null for a sentence that is no passage's).
     */
    static List<Candidate> of(
            List<Decision> decisions,
            Signals[] signalsOf,
            IntFunction<PassageValues.Values> valuesOf,
            List<String> ruleSetIds,
            ReportedSpans spans,
            int limit) {
        Function<Occurrence, String> textOf = spans::textOf;
        List<Candidate> candidates = new ArrayList<>(Math.min(decisions.size(), limit));
        for (Decision decision : decisions.subList(0, Math.min(decisions.size(), limit))) {
            Occurrence occurrence = decision.hit().occurrence();
            ReportedSpans.Reported span = spans.of(occurrence);
            int set = decision.hit().rule().ruleSet();
            Signals signals = signalsOf[set];
            Relevance relevance = signals.relevanceOf(occurrence.sentence());
            String relevanceReason = signals.reasonFor(occurrence.sentence(), textOf);
            PassageValues.Values values = valuesOf.apply(occurrence.sentence());
            if (values != null && values.lowered() != null) {
                relevance = values.applyTo(relevance);
                relevanceReason = relevanceReason + "; " + values.lowered();
            }
            candidates.add(new Candidate(
                    span.start(),
                    span.end(),
                    span.text(),
                    ruleSetIds.get(set),
                    decision.hit().categoryId(),
                    decision.hit().rule().id(),
                    decision.verdict(),
                    reason(decision, textOf),
                    relevance,
                    relevanceReason));
        }
        return candidates;
    }

    private static String accepted(CompiledRules.CompiledRule rule, String category, String cause) {
        return switch (rule.strength()) {
            case STRONG ->
                "term of rule " + rule.id()
                        + (cause == null
                                ? ""
                                : ", with its context word " + cause + " within " + rule.within() + " words");
            case WEAK ->
                "weak term of rule " + rule.id() + ", counted because the document has a strong " + category + " match"
                        + (cause == null
                                ? ""
                                : ", with its context word " + cause + " within " + rule.within() + " words");
            case REFERS_BACK ->
                "refers_back term of rule " + rule.id() + ": the nearest strong match before it, " + cause + ", is "
                        + category;
        };
    }

    private static String weakWithoutStrong(
            CompiledRules.CompiledRule rule, String category, String cause, boolean causeAlongside) {
        if (rule.strength() != Strength.REFERS_BACK) {
            return "weak term of rule " + rule.id() + ": it counts only in a document with a strong " + category
                    + " match, and this one has none";
        }
        if (causeAlongside) {
            return "refers_back term of rule " + rule.id() + ": its own sentence names goods, " + cause + ", but no "
                    + category + " before it, and it refers to nothing further back";
        }
        return cause == null
                ? "refers_back term of rule " + rule.id() + ": no strong " + category + " match comes before it"
                : "refers_back term of rule " + rule.id() + ": the nearest mention before it, " + cause
                        + ", is of another category"
                        + (rule.reachesBack() == Rule.ANY_DISTANCE
                                ? ""
                                : ", more than " + rule.reachesBack() + " sentences back")
                        + " or, vetoed by a not_near word, of another sense";
    }

    private static String reason(Decision decision, Function<Occurrence, String> textOf) {
        CompiledRules.CompiledRule rule = decision.hit().rule();
        String category = decision.hit().categoryId();
        String cause = decision.cause() == null ? null : "'" + textOf.apply(decision.cause()) + "'";
        return switch (decision.verdict()) {
            case ACCEPTED -> accepted(rule, category, cause);
            case EXCLUDED -> cause + " overlaps it and is an exclusion of category " + category;
            case NOT_AFTER ->
                "rule " + rule.id() + " counts the term only right after one of " + rule.afterPhrases()
                        + ", and the word before it is none of them";
            case NOT_FOLLOWED ->
                "rule " + rule.id() + " counts the term only right before one of " + rule.beforePhrases()
                        + ", and the words after it are none of them";
            case NOT_NEAR ->
                cause == null
                        ? "the words right after it are one of " + rule.notBeforePhrases()
                                + ", the not_before list of rule " + rule.id()
                        : decision.cause().encloses(decision.hit().occurrence())
                                ? "it stands inside " + cause + ", a brand phrase of category " + category
                                        + " that its not_before list vetoed (the company speaking)"
                                : cause + " is within " + rule.within() + " words and is in the not_near list of rule "
                                        + rule.id();
            case NO_NEAR_CONTEXT ->
                "rule " + rule.id() + " needs one of its near words within " + rule.within()
                        + " words, and there is none";
            case WEAK_WITHOUT_STRONG ->
                decision.cause() == decision.hit().occurrence()
                        ? "refers_back term of rule " + rule.id() + ": its sentence ends with a colon, a lead-in"
                                + " that points to what follows, so it refers to nothing before it"
                        : weakWithoutStrong(
                                rule,
                                category,
                                cause,
                                decision.cause() != null
                                        && decision.cause().sentence()
                                                == decision.hit().occurrence().sentence());
            case OVERLAPPED -> "part of the longer match " + cause + ", which wins";
        };
    }
}
