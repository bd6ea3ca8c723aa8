package org.sanctag.stream;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many messages came in, and how many answers and dead letters the broker acknowledged. Plain
 * counters until sanctag has Micrometer: the metrics work can expose them as they are.
 */
@ApplicationScoped
public class StreamCounters {

    private final LongAdder received = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();

    void received() {
        received.increment();
    }

    void answered() {
        answered.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    public long receivedCount() {
        return received.sum();
    }

    public long answeredCount() {
        return answered.sum();
    }

    public long deadLetteredCount() {
        return deadLettered.sum();
    }
}
