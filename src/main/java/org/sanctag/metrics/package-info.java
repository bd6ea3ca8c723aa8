/**
 * Metrics at {@code /q/metrics} (Micrometer, Prometheus format): {@link
 * org.sanctag.metrics.MeteredTagging} tags every document of every way in and records it once from
 * its answer; {@link org.sanctag.metrics.RuleSetMetrics} names the serving rule set and counts
 * reloads; {@link org.sanctag.metrics.StreamMetrics} exposes the stream's counters. Micrometer
 * stays here: the engine knows nothing of it.
 */
package org.sanctag.metrics;
