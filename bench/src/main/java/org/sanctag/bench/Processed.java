package org.sanctag.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Which text of the pool comes next, and how many UTF-8 bytes were processed: JMH reports the
 * public field {@link #bytes} as a secondary result in bytes per second next to the documents per
 * second of the primary score.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Processed {

    /** UTF-8 bytes of the texts processed in this iteration. */
    public long bytes;

    private int next;

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }

    /** The index of the next text of {@code workload}, counting its bytes. */
    int next(Workload workload) {
        int index = next;
        next = index + 1 == workload.texts.length ? 0 : index + 1;
        bytes += workload.bytes[index];
        return index;
    }
}
