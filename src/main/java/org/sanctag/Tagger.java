package org.sanctag;

import java.util.List;
import org.sanctag.result.Candidate;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.result.TagResult;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.text.Tokens;

/**
 * The façade the API calls: finds the passages of a text that mention sanctioned goods. Built once
 * from a rule set; immutable and safe to share between threads. It only conducts: each step is a
 * stage of its own (see {@code package-info.java}).
 */
public final class Tagger {

    private final RuleSetSummary summary;
    private final RuleSetRef ref;
    private final CompiledRules rules;
    private final MatchDecider decider;
    private final Passages passages;
    private final AnswerLimits limits;

    private Tagger(LoadedRuleSet loaded, AnswerLimits limits) {
        this.limits = limits;
        this.rules = CompiledRules.compile(loaded.rules());
        this.summary = RuleSetSummaries.of(loaded, rules.termCount());
        this.ref = new RuleSetRef(summary.id(), summary.version(), summary.digest());
        this.decider = new MatchDecider(rules);
        this.passages = new Passages(summary.categories(), limits.maxMatches());
    }

    public static Tagger of(LoadedRuleSet loaded) {
        return of(loaded, AnswerLimits.DEFAULT);
    }

    public static Tagger of(LoadedRuleSet loaded, AnswerLimits limits) {
        return new Tagger(loaded, limits);
    }

    /** What the rule set covers; the parsed file itself is not kept once its rules are compiled. */
    public RuleSetSummary ruleSet() {
        return summary;
    }

    public RuleSetRef ruleSetRef() {
        return ref;
    }

    /** How many terms the rule set lists, over all its rules. */
    public int termCount() {
        return rules.termCount();
    }

    public TagResult tag(String text) {
        return tag(text, false);
    }

    /** Tags the text and adds every candidate match with its verdict and the reason for it. */
    public TagResult explain(String text) {
        return tag(text, true);
    }

    private TagResult tag(String text, boolean explain) {
        char[] chars = text.toCharArray();
        Tokens tokens = Tokens.of(chars, rules.matcher().vocabulary());
        PhraseOccurrences found = PhraseOccurrences.find(rules, tokens);
        if (!found.anyGoodsTerm()) {
            return new TagResult(false, Relevance.NONE, ref, List.of(), List.of(), explain ? List.of() : null, false);
        }
        Document document = Document.read(text, chars, tokens);
        List<Occurrence> occurrences = document.place(found);
        List<Decision> decisions = decider.decide(document, occurrences);
        List<GoodsHit> goods =
                decisions.stream().filter(Decision::accepted).map(Decision::hit).toList();
        Signals signals = Signals.of(occurrences, rules, document.sentenceCount());
        ReportedSpans spans = ReportedSpans.of(document);
        Passages.Built built = passages.build(goods, signals, spans);
        List<Candidate> explanation =
                explain ? Explanations.of(decisions, signals, spans, limits.maxCandidates()) : null;
        boolean truncated = built.truncated() || explain && decisions.size() > limits.maxCandidates();
        return new TagResult(
                built.highest().flags(),
                built.highest(),
                ref,
                built.passages(),
                built.categories(),
                explanation,
                truncated);
    }
}
