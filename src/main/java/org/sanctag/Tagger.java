package org.sanctag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctag.amounts.Threshold;
import org.sanctag.result.Candidate;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.result.TagResult;
import org.sanctag.rules.Category;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.LoadedRuleSets;
import org.sanctag.rules.ValueThreshold;
import org.sanctag.text.Tokens;

/**
 * The façade the API calls: finds the passages of a text that mention sanctioned goods, under the
 * rule sets a request chooses among the loaded ones. Built once from them; immutable and safe to
 * share between threads. It only conducts: each step is a stage of its own (see
 * {@code package-info.java}). However many sets are chosen, the text is read, split and scanned
 * once; then each chosen set decides on its own, and the answers are merged.
 */
public final class Tagger {

    private final List<RuleSetSummary> summaries;
    private final List<RuleSetRef> refs;
    private final List<String> ids;
    private final Map<String, Integer> indexOf;
    private final List<String> defaults;
    private final CompiledRules rules;
    private final MatchDecider decider;
    private final Passages passages;
    private final AnswerLimits limits;

    private Tagger(LoadedRuleSets loaded, AnswerLimits limits) {
        this.limits = limits;
        this.rules = CompiledRules.compile(
                loaded.sets().stream().map(LoadedRuleSet::rules).toList());
        List<RuleSetSummary> described = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int set = 0; set < loaded.sets().size(); set++) {
            described.add(RuleSetSummaries.of(loaded.sets().get(set), rules.termCount(set)));
            byId.put(loaded.sets().get(set).rules().id(), set);
        }
        this.summaries = List.copyOf(described);
        this.refs = summaries.stream()
                .map(summary -> new RuleSetRef(summary.id(), summary.version(), summary.digest()))
                .toList();
        this.ids = summaries.stream().map(RuleSetSummary::id).toList();
        this.indexOf = Map.copyOf(byId);
        this.defaults = loaded.defaults();
        this.decider = new MatchDecider(rules);
        this.passages = new Passages(summaries, thresholdsOf(loaded), rules.numberOpenings(), limits.maxMatches());
    }

    /** By rule-set index, the value thresholds its categories state, by category id. */
    private static List<Map<String, PassageValues.CategoryThreshold>> thresholdsOf(LoadedRuleSets loaded) {
        List<Map<String, PassageValues.CategoryThreshold>> bySet = new ArrayList<>();
        for (LoadedRuleSet set : loaded.sets()) {
            Map<String, PassageValues.CategoryThreshold> byCategory = new HashMap<>();
            for (Category category : set.rules().categories()) {
                ValueThreshold stated = category.threshold();
                if (stated != null) {
                    byCategory.put(
                            category.id(),
                            new PassageValues.CategoryThreshold(
                                    set.rules().id(),
                                    category.id(),
                                    new Threshold(stated.above(), stated.currency(), stated.rates())));
                }
            }
            bySet.add(Map.copyOf(byCategory));
        }
        return List.copyOf(bySet);
    }

    /** A tagger of one rule set, which is then every request's choice. */
    public static Tagger of(LoadedRuleSet loaded) {
        return of(loaded, AnswerLimits.DEFAULT);
    }

    public static Tagger of(LoadedRuleSet loaded, AnswerLimits limits) {
        return of(LoadedRuleSets.of(List.of(loaded)), limits);
    }

    public static Tagger of(LoadedRuleSets loaded) {
        return of(loaded, AnswerLimits.DEFAULT);
    }

    public static Tagger of(LoadedRuleSets loaded, AnswerLimits limits) {
        return new Tagger(loaded, limits);
    }

    /** What each loaded rule set covers, in load order; the parsed files are not kept. */
    public List<RuleSetSummary> ruleSets() {
        return summaries;
    }

    /** What the loaded rule set with this id covers, if one has it. */
    public Optional<RuleSetSummary> ruleSet(String id) {
        Integer set = indexOf.get(id);
        return set == null ? Optional.empty() : Optional.of(summaries.get(set));
    }

    /** Id, version and digest of each loaded rule set, in load order. */
    public List<RuleSetRef> ruleSetRefs() {
        return refs;
    }

    /** The ids of the loaded rule sets, in load order. */
    public List<String> ruleSetIds() {
        return ids;
    }

    /** The rule sets a request that names none is tagged against. */
    public List<String> defaults() {
        return defaults;
    }

    /** How many terms the loaded rule sets list, over all their rules (a term of two sets counts twice). */
    public int termCount() {
        int terms = 0;
        for (int set = 0; set < ids.size(); set++) {
            terms += rules.termCount(set);
        }
        return terms;
    }

    /** Tags the text against the default rule sets. */
    public TagResult tag(String text) {
        return tag(text, defaults, false);
    }

    /** Tags the text against the default rule sets and adds every candidate match with its verdict and the reason for it. */
    public TagResult explain(String text) {
        return tag(text, defaults, true);
    }

    /**
     * Tags the text against the rule sets with these ids, answered in this order (an id named twice
     * counts once; an empty list means the default ones); with {@code explain}, adds every candidate
     * match with its verdict and the reason for it.
     *
     * @throws UnknownRuleSetException if an id is not that of a loaded rule set
     */
    public TagResult tag(String text, List<String> ruleSets, boolean explain) {
        int[] chosen = choose(ruleSets.isEmpty() ? defaults : ruleSets);
        boolean[] isChosen = new boolean[ids.size()];
        List<RuleSetRef> answering = new ArrayList<>(chosen.length);
        for (int set : chosen) {
            isChosen[set] = true;
            answering.add(refs.get(set));
        }
        char[] chars = text.toCharArray();
        Tokens tokens = Tokens.of(chars, rules.matcher().vocabulary());
        PhraseOccurrences found = PhraseOccurrences.find(rules, tokens, isChosen);
        if (!found.anyGoodsTerm()) {
            return new TagResult(
                    false, Relevance.NONE, answering, List.of(), List.of(), explain ? List.of() : null, false);
        }
        Document document = Document.read(text, chars, tokens);
        List<Occurrence> occurrences = document.place(found);
        List<List<Occurrence>> bySentence = MatchDecider.groupBySentence(occurrences);
        List<Passages.SetAnswer> answers = new ArrayList<>(chosen.length);
        List<Decision> decisions = new ArrayList<>();
        Signals[] signalsOf = new Signals[ids.size()];
        for (int set : chosen) {
            List<Decision> decided = decider.decide(document, occurrences, bySentence, set, explain);
            List<GoodsHit> goods = decided.stream()
                    .filter(Decision::accepted)
                    .map(Decision::hit)
                    .toList();
            Signals signals = Signals.of(occurrences, rules, document.sentenceCount(), set);
            signalsOf[set] = signals;
            answers.add(new Passages.SetAnswer(set, goods, signals));
            decisions.addAll(decided);
        }
        ReportedSpans spans = ReportedSpans.of(document);
        Passages.Built built = passages.build(document, answers, spans);
        List<Candidate> explanation = null;
        if (explain) {
            if (chosen.length > 1) {
                decisions.sort(Comparator.comparingInt((Decision decision) ->
                                decision.hit().occurrence().first())
                        .thenComparingInt(
                                decision -> -decision.hit().occurrence().end()));
            }
            explanation = Explanations.of(decisions, signalsOf, built::valuesOf, ids, spans, limits.maxCandidates());
        }
        boolean truncated = built.truncated() || explain && decisions.size() > limits.maxCandidates();
        return new TagResult(
                built.highest().flags(),
                built.highest(),
                answering,
                built.passages(),
                built.categories(),
                explanation,
                truncated);
    }

    /** The indices of the chosen sets, in the order chosen, each once. */
    private int[] choose(List<String> chosen) {
        int[] sets = new int[chosen.size()];
        int count = 0;
        for (String id : chosen) {
            Integer set = indexOf.get(id);
            if (set == null) {
                throw new UnknownRuleSetException(id, ids);
            }
            boolean repeated = false;
            for (int i = 0; i < count && !repeated; i++) {
                repeated = sets[i] == set;
            }
            if (!repeated) {
                sets[count++] = set;
            }
        }
        return count == sets.length ? sets : Arrays.copyOf(sets, count);
    }
}
