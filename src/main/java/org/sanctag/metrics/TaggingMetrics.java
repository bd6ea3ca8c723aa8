package org.sanctag.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.RuleSetRef;
import org.sanctag.result.TagResult;

/**
 * sanctag's per-document meters: documents tagged, passages by category and relevance, the engine's
 * time and the document's size. A document is recorded from its answer, never per match: its time
 * and size once, its verdict and passages once for each rule set that answered it (a passage counts
 * for a set when the set matched in it, at the passage's relevance); the
 * meters of a rule set are registered the first time it answers and kept in fields after that, so
 * recording looks nothing up in the registry. Without a meter registry (metrics built out with
 * {@code quarkus.micrometer.enabled=false}) it records nothing.
 */
@ApplicationScoped
public class TaggingMetrics {

    static final String DOCUMENTS = "sanctag.documents.tagged";
    static final String PASSAGES = "sanctag.passages";
    static final String TAG_TIME = "sanctag.tag";
    static final String DOCUMENT_SIZE = "sanctag.document";

    private final MeterRegistry registry;
    private final Map<String, RuleSetMeters> byRuleSet = new ConcurrentHashMap<>();
    /** One document is tagged once, however many rule sets answer it: its time and size are not per set. */
    private final Timer time;

    private final DistributionSummary size;

    public TaggingMetrics(Instance<MeterRegistry> registry) {
        this.registry = registry.isResolvable() ? registry.get() : null;
        this.time = this.registry == null
                ? null
                : Timer.builder(TAG_TIME)
                        .description("The engine's time to tag one document against the rule sets it chose"
                                + " (no parsing, no JSON)")
                        .register(this.registry);
        this.size = this.registry == null
                ? null
                : DistributionSummary.builder(DOCUMENT_SIZE)
                        .description("The size of each document tagged, in UTF-8")
                        .baseUnit("bytes")
                        .register(this.registry);
    }

    void record(Source source, TagResult result, String text, long engineNanos) {
        if (registry == null) {
            return;
        }
        time.record(engineNanos, TimeUnit.NANOSECONDS);
        size.record(utf8Length(text));
        for (RuleSetRef answering : result.ruleset()) {
            String ruleset = answering.id();
            RuleSetMeters meters = byRuleSet.computeIfAbsent(ruleset, RuleSetMeters::new);
            boolean flagged = false;
            for (Passage passage : result.passages()) {
                if (!passage.rulesets().contains(ruleset)) {
                    continue;
                }
                flagged |= passage.relevance().flags();
                for (String category : categoriesOf(passage, ruleset)) {
                    Counter counter =
                            meters.passages(category)[passage.relevance().ordinal()];
                    if (counter != null) {
                        counter.increment();
                    }
                }
            }
            meters.documents[source.ordinal()][flagged ? 1 : 0].increment();
        }
    }

    /** The categories this rule set matched in the passage, each once. */
    private static Set<String> categoriesOf(Passage passage, String ruleset) {
        Set<String> categories = new LinkedHashSet<>();
        for (GoodsMatch match : passage.matches()) {
            if (match.ruleset().equals(ruleset)) {
                categories.add(match.category());
            }
        }
        return categories;
    }

    /** The text's size in UTF-8, counted without encoding it. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The meters of one rule set, registered once. */
    private final class RuleSetMeters {

        private final String ruleset;
        private final Counter[][] documents = new Counter[Source.values().length][2];
        private final Map<String, Counter[]> passagesByCategory = new ConcurrentHashMap<>();

        RuleSetMeters(String ruleset) {
            this.ruleset = ruleset;
            for (Source source : Source.values()) {
                for (int flagged = 0; flagged < 2; flagged++) {
                    documents[source.ordinal()][flagged] = Counter.builder(DOCUMENTS)
                            .description("Documents tagged, by rule set, verdict and the way they came in")
                            .tag("ruleset", ruleset)
                            .tag("flagged", Boolean.toString(flagged == 1))
                            .tag("source", source.tag())
                            .register(registry);
                }
            }
        }

        /** The rule set's categories are few and fixed, so each gets its counters the first time it is seen. */
        Counter[] passages(String category) {
            Counter[] counters = passagesByCategory.get(category);
            return counters != null ? counters : passagesByCategory.computeIfAbsent(category, this::register);
        }

        private Counter[] register(String category) {
            Counter[] counters = new Counter[Relevance.values().length];
            for (Relevance relevance : Relevance.values()) {
                if (relevance == Relevance.NONE) {
                    continue; // a passage has a match, so at least low relevance
                }
                counters[relevance.ordinal()] = Counter.builder(PASSAGES)
                        .description("Passages found, by rule set, category and relevance")
                        .tag("ruleset", ruleset)
                        .tag("category", category)
                        .tag("relevance", relevance.wireName())
                        .register(registry);
            }
            return counters;
        }
    }
}
