package org.sanctag.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;

/**
 * Histogram buckets for the engine's time and the document size, so that Prometheus can compute
 * percentiles over instances; Micrometer publishes none unless asked. The range is bounded to what
 * a document can take, to keep each histogram to a few dozen lines.
 */
@Singleton
public class Histograms {

    @Produces
    @Singleton
    MeterFilter sanctagHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return switch (id.getName()) {
                    case TaggingMetrics.TAG_TIME ->
                        histogram(TimeUnit.MICROSECONDS.toNanos(10), TimeUnit.SECONDS.toNanos(2))
                                .merge(config);
                    case TaggingMetrics.DOCUMENT_SIZE ->
                        histogram(64, 16L << 20).merge(config);
                    default -> config;
                };
            }
        };
    }

    private static DistributionStatisticConfig histogram(double min, double max) {
        return DistributionStatisticConfig.builder()
                .percentilesHistogram(true)
                .minimumExpectedValue(min)
                .maximumExpectedValue(max)
                .build();
    }
}
