package org.sanctag.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.sanctag.boot.ReloadOutcome;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetRef;

/**
 * {@code sanctag_ruleset_info}, a gauge of 1 whose tags name the serving rule set (id, version,
 * digest) and follow every reload, and {@code sanctag_rules_reloads_total} by outcome. Both series
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
    private RuleSetRef shownRef;
    private Meter.Id shown;

    public RuleSetMetrics(Instance<MeterRegistry> registry, ServingTagger serving) {
        this.registry = registry.isResolvable() ? registry.get() : null;
        this.serving = serving;
        this.succeeded = reloads("success");
        this.failed = reloads("failure");
    }

    void onStart(@Observes StartupEvent event) {
        show(serving.current().ruleSetRef());
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

    /** Registers the serving rule set's series and removes the one it replaces. */
    private synchronized void show(RuleSetRef ref) {
        if (registry == null || ref.equals(shownRef)) {
            return;
        }
        Meter.Id id = Gauge.builder(INFO, () -> 1)
                .description("The serving rule set: always 1, its tags say which")
                .tag("ruleset", ref.id())
                .tag("version", ref.version())
                .tag("digest", ref.digest())
                .register(registry)
                .getId();
        if (shown != null && !shown.equals(id)) {
            registry.remove(shown);
        }
        shown = id;
        shownRef = ref;
    }
}
