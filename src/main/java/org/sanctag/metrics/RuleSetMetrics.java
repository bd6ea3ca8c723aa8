package org.sanctag.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import org.sanctag.boot.ReloadOutcome;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetRef;

/**
 * {@code sanctag_ruleset_info}, a gauge of 1 for each serving rule set whose tags name it (id,
 * version, digest) and follow every reload, and {@code sanctag_rules_reloads_total} by outcome. Both series
 * of the counter exist from the start, so that an alert on failures has a zero to rise from.
 */
@ApplicationScoped
public class RuleSetMetrics {

    static final String INFO = "sanctag.ruleset.info";
    static final String RELOADS = "sanctag.rules.reloads";

    private final MeterRegistry registry;
    private final ServingTagger serving;
    private final Counter succeeded;
    private final Counter failed;
    private List<RuleSetRef> shownRefs = List.of();
    private List<Meter.Id> shown = List.of();

    public RuleSetMetrics(Instance<MeterRegistry> registry, ServingTagger serving) {
        this.registry = registry.isResolvable() ? registry.get() : null;
        this.serving = serving;
        this.succeeded = reloads("success");
        this.failed = reloads("failure");
    }

    void onStart(@Observes StartupEvent event) {
        show(serving.current().ruleSetRefs());
    }

    void onReload(@Observes ReloadOutcome outcome) {
        if (registry == null) {
            return;
        }
        (outcome.succeeded() ? succeeded : failed).increment();
        show(outcome.serving());
    }

    private Counter reloads(String outcome) {
        if (registry == null) {
            return null;
        }
        return Counter.builder(RELOADS)
                .description("Reloads of the rule file after it changed, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    /** Registers a series for each serving rule set and removes those of the sets it replaces. */
    private synchronized void show(List<RuleSetRef> refs) {
        if (registry == null || refs.equals(shownRefs)) {
            return;
        }
        List<Meter.Id> ids = new ArrayList<>();
        for (RuleSetRef ref : refs) {
            ids.add(Gauge.builder(INFO, () -> 1)
                    .description("A serving rule set: always 1, its tags say which")
                    .tag("ruleset", ref.id())
                    .tag("version", ref.version())
                    .tag("digest", ref.digest())
                    .register(registry)
                    .getId());
        }
        for (Meter.Id old : shown) {
            if (!ids.contains(old)) {
                registry.remove(old);
            }
        }
        shown = List.copyOf(ids);
        shownRefs = List.copyOf(refs);
    }
}
