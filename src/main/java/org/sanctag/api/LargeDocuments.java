package org.sanctag.api;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.sanctag.boot.SanctagConfig;

/**
 * Where large documents are tagged: worker threads of their own, so that the event loops keep
 * answering small requests while a megabyte is tagged. One core is left to the event loops (one
 * thread on a 2-core machine): more threads would only take turns with them, and the admission
 * budget bounds how many documents wait.
 */
@ApplicationScoped
public class LargeDocuments {

    private final ExecutorService workers;
    private final long threshold;

    public LargeDocuments(SanctagConfig config) {
        this.threshold = config.limits().largeDocumentSize().asLongValue();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "sanctag-large-document-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        int cores = Runtime.getRuntime().availableProcessors();
        this.workers = Executors.newFixedThreadPool(Math.max(1, cores - 1), threads);
    }

    /** Whether a text this long is tagged on a worker rather than inline on the event loop. */
    boolean isLarge(String text) {
        // A char is one to three UTF-8 bytes; its length is near enough to the body's size.
        return text.length() > threshold;
    }

    /**
     * Whether a message value of this many bytes is tagged on a worker (stream mode reads the
     * threshold against the raw value: its text is no longer than that).
     */
    public boolean isLarge(int valueBytes) {
        return valueBytes > threshold;
    }

    public ExecutorService workers() {
        return workers;
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
