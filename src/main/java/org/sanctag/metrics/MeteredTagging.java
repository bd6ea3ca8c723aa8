package org.sanctag.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.sanctag.Tagger;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.TagResult;

/**
 * Tags one document on the serving engine and records it: every way in (HTTP, batch lines, the
 * stream) tags through here, so each document is counted once, and the time measured is the
 * engine's alone (no parsing, no JSON).
 */
@ApplicationScoped
public class MeteredTagging {

    private final ServingTagger serving;
    private final TaggingMetrics metrics;

    public MeteredTagging(ServingTagger serving, TaggingMetrics metrics) {
        this.serving = serving;
        this.metrics = metrics;
    }

    /**
     * The engine serving now. A caller that checks a choice of rule sets against it first passes the
     * same engine to {@link #tag(Tagger, String, List, boolean, Source)}, so the check and the answer
     * agree even during a reload.
     */
    public Tagger serving() {
        return serving.current();
    }

    /**
     * Tags on this engine against these rule sets (empty: its default ones).
     *
     * @throws org.sanctag.UnknownRuleSetException if an id is not that of one of its rule sets
     */
    public TagResult tag(Tagger tagger, String text, List<String> ruleSets, boolean explain, Source source) {
        long start = System.nanoTime();
        TagResult result = tagger.tag(text, ruleSets, explain);
        metrics.record(source, result, text, System.nanoTime() - start);
        return result;
    }
}
