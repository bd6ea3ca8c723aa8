package org.sanctag.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Looks at a rule file (or directory) every interval and calls back when it differs from the last
 * look ({@link RuleSourceState}). It polls on one daemon thread of its own rather than through a
 * {@code WatchService}: a poll sees a ConfigMap's symlink swap and a network or overlay filesystem
 * alike, and a 2 s poll of a small file costs nothing; nor through quarkus-scheduler, whose
 * intervals start at a second and which would be one more extension for one timer.
 */
final class RuleFileWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RuleFileWatcher.class);

    private final Path source;
    private final Runnable onChange;
    private RuleSourceState seen;
    private ScheduledExecutorService timer;

    /** Takes the source as it is now as the state already served. */
    RuleFileWatcher(Path source, Runnable onChange) {
        this.source = source;
        this.onChange = onChange;
        this.seen = RuleSourceState.read(source);
    }

    /** Looks once; true (after calling back) when the source changed since the last look. */
    synchronized boolean poll() {
        RuleSourceState now = RuleSourceState.read(source);
        if (now.equals(seen)) {
            return false;
        }
        seen = now;
        onChange.run();
        return true;
    }

    synchronized void start(Duration interval) {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sanctag-rules-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** A scheduled task that throws is never run again: log and keep watching instead. */
    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Watching %s for rule changes failed; trying again at the next interval", source);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
