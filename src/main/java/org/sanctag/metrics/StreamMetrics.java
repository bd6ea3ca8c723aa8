package org.sanctag.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.function.ToDoubleFunction;
import org.sanctag.boot.SanctagConfig;
import org.sanctag.stream.StreamCounters;

/**
 * The stream's own counters, read from {@link StreamCounters} at scrape time: articles received,
 * answers and dead letters the broker acknowledged. The consumer lag comes from the Kafka client's
 * own metrics ({@code kafka_consumer_fetch_manager_records_lag_max}), which Quarkus binds.
 */
@ApplicationScoped
public class StreamMetrics {

    private final Instance<MeterRegistry> registry;
    private final StreamCounters counters;
    private final boolean enabled;

    public StreamMetrics(Instance<MeterRegistry> registry, StreamCounters counters, SanctagConfig config) {
        this.registry = registry;
        this.counters = counters;
        this.enabled = config.stream().enabled();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled || !registry.isResolvable()) {
            return;
        }
        MeterRegistry meters = registry.get();
        register(
                meters,
                "sanctag.stream.messages.received",
                "Articles read from the input topic",
                c -> c.receivedCount());
        register(
                meters,
                "sanctag.stream.answers",
                "Answers written to the output topic and acknowledged by the broker",
                c -> c.answeredCount());
        register(
                meters,
                "sanctag.stream.dead.letters",
                "Articles that could not be tagged, written to the dead-letter topic and acknowledged",
                c -> c.deadLetteredCount());
    }

    private void register(
            MeterRegistry meters, String name, String description, ToDoubleFunction<StreamCounters> count) {
        FunctionCounter.builder(name, counters, count).description(description).register(meters);
    }
}
