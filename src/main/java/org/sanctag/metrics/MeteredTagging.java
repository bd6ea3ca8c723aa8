package org.sanctag.metrics;

import jakarta.enterprise.context.ApplicationScoped;
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

    /** Takes the serving engine once, so the whole answer comes from one rule set even during a reload. */
    public TagResult tag(String text, boolean explain, Source source) {
        Tagger tagger = serving.current();
        long start = System.nanoTime();
        TagResult result = explain ? tagger.explain(text) : tagger.tag(text);
        metrics.record(source, result, text, System.nanoTime() - start);
        return result;
    }
}
