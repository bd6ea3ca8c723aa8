package org.sanctag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.text.CodePointIndex;
import org.sanctag.text.Span;
import org.sanctag.text.Tokens;

/**
 * The façade the API calls: finds the passages of a text that mention sanctioned goods. Built once
 * from a rule set; immutable and safe to share between threads.
 */
public final class Tagger {

    private final RuleSetSummary summary;
    private final RuleSetRef ref;
    private final CompiledRules rules;
    private final MatchDecider decider;
    private final Map<String, RuleSetSummary.CategoryInfo> categories = new LinkedHashMap<>();

    private Tagger(LoadedRuleSet loaded) {
        this.rules = CompiledRules.compile(loaded.rules());
        this.summary = RuleSetSummary.of(loaded, rules.termCount());
        this.ref = new RuleSetRef(summary.id(), summary.version(), summary.digest());
        this.decider = new MatchDecider(rules);
        summary.categories().forEach(category -> categories.put(category.id(), category));
    }

    public static Tagger of(LoadedRuleSet loaded) {
        return new Tagger(loaded);
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
        PhraseHits hits = PhraseHits.find(rules, tokens);
        if (!hits.anyGoodsTerm()) {
            return new TagResult(false, Relevance.NONE, ref, List.of(), List.of(), explain ? List.of() : null);
        }
        Document document = Document.read(text, chars, tokens);
        List<Occurrence> occurrences = document.place(hits);
        List<Decision> decisions = decider.decide(document, occurrences);
        List<GoodsHit> goods =
                decisions.stream().filter(Decision::accepted).map(Decision::hit).toList();
        Signals signals = Signals.of(occurrences, rules, document.sentenceCount());
        CodePointIndex offsets = CodePointIndex.of(document.text());
        List<Candidate> explanation = explain ? Explanations.of(decisions, document, signals, offsets) : null;
        return result(document, goods, signals, offsets, explanation);
    }

    private TagResult result(
            Document document,
            List<GoodsHit> goods,
            Signals signals,
            CodePointIndex offsets,
            List<Candidate> explanation) {
        Map<Integer, List<GoodsHit>> goodsBySentence = new LinkedHashMap<>();
        goods.forEach(hit -> goodsBySentence
                .computeIfAbsent(hit.occurrence().sentence(), s -> new ArrayList<>())
                .add(hit));

        List<Passage> passages = new ArrayList<>();
        Map<String, Integer> passagesPerCategory = new LinkedHashMap<>();
        Relevance highest = Relevance.NONE;
        for (Map.Entry<Integer, List<GoodsHit>> entry : goodsBySentence.entrySet()) {
            int sentence = entry.getKey();
            Passage passage = passage(document, sentence, entry.getValue(), signals, offsets);
            passages.add(passage);
            passage.categories().forEach(id -> passagesPerCategory.merge(id, 1, Integer::sum));
            highest = passage.relevance().compareTo(highest) > 0 ? passage.relevance() : highest;
        }
        List<CategorySummary> summaries = new ArrayList<>();
        passagesPerCategory.forEach((id, count) -> {
            RuleSetSummary.CategoryInfo category = categories.get(id);
            summaries.add(new CategorySummary(id, category.name(), category.basis(), count));
        });
        return new TagResult(highest.flags(), highest, ref, passages, summaries, explanation);
    }

    /**
     * Whether the span is already a match of the category (two rules of one category can accept it).
     * Hits come in text order, so only the latest matches, those that start where it does, can be.
     */
    private static boolean alreadyMatched(
            List<GoodsMatch> matches, Span span, String categoryId, CodePointIndex offsets) {
        int start = offsets.codePointOffset(span.start());
        int end = offsets.codePointOffset(span.end());
        for (int i = matches.size() - 1; i >= 0 && matches.get(i).start() == start; i--) {
            GoodsMatch match = matches.get(i);
            if (match.end() == end && match.category().equals(categoryId)) {
                return true;
            }
        }
        return false;
    }

    private Passage passage(
            Document document, int sentence, List<GoodsHit> hits, Signals signals, CodePointIndex offsets) {
        String text = document.text();
        Set<String> categoryIds = new LinkedHashSet<>();
        List<GoodsMatch> matches = new ArrayList<>();
        for (GoodsHit hit : hits) {
            Span span = document.originalSpan(hit.occurrence());
            if (!alreadyMatched(matches, span, hit.categoryId(), offsets)) {
                categoryIds.add(hit.categoryId());
                matches.add(new GoodsMatch(
                        offsets.codePointOffset(span.start()),
                        offsets.codePointOffset(span.end()),
                        text.substring(span.start(), span.end()),
                        hit.categoryId(),
                        hit.rule().id()));
            }
        }
        List<SignalMatch> signalMatches = new ArrayList<>();
        for (Signals.SignalHit signal : signals.in(sentence)) {
            Span span = document.originalSpan(signal.occurrence());
            signalMatches.add(new SignalMatch(
                    offsets.codePointOffset(span.start()),
                    offsets.codePointOffset(span.end()),
                    text.substring(span.start(), span.end()),
                    signal.kind()));
        }
        Span bounds = document.sentence(sentence);
        return new Passage(
                offsets.codePointOffset(bounds.start()),
                offsets.codePointOffset(bounds.end()),
                text.substring(bounds.start(), bounds.end()),
                signals.relevanceOf(sentence),
                List.copyOf(categoryIds),
                matches,
                signalMatches);
    }
}
