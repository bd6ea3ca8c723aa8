package org.sanctag.bench.engines;

/**
 * One way of finding a rule set's phrases in a text, built once for a benchmark. Not thread-safe:
 * a benchmark thread owns its engine (JMH {@code Scope.Thread}).
 */
public interface Engine extends AutoCloseable {

    /** The engine's name in benchmark output and reports. */
    String name();

    /**
     * What the engine is given for {@code text}, computed outside the timed region: the text
     * itself, except where an engine's contract needs more (lower-casing for the raw literal scan).
     */
    default String prepare(String text) {
        return text;
    }

    /** Finds the phrases in {@code prepared} and returns how many hits the engine reports. */
    long count(String prepared);

    /** The object graph that holds what was built: what its retained heap is measured on. */
    Object footprint();

    @Override
    default void close() throws Exception {}
}
