package org.sanctag.api;

import java.util.concurrent.atomic.AtomicLong;

/** A number of bytes that requests claim while they run and give back when they end; never overdrawn. */
final class MemoryBudget {

    private final long capacity;
    private final AtomicLong claimed = new AtomicLong();

    MemoryBudget(long capacity) {
        this.capacity = capacity;
    }

    /**
     * Claims {@code bytes} if they fit beside what is claimed already. A claim larger than the whole
     * budget is granted when nothing else is claimed, so one big request can always run alone.
     */
    boolean tryClaim(long bytes) {
        while (true) {
            long now = claimed.get();
            if (now > 0 && now + bytes > capacity) {
                return false;
            }
            if (claimed.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        claimed.addAndGet(-bytes);
    }
}
