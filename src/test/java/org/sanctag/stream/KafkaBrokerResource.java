package org.sanctag.stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a real Kafka broker for a {@code @QuarkusTest} and turns stream mode on against it; stops
 * it and deletes its log afterwards. Tests reach the broker through {@link #broker()}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;
    private Path dir;

    /** The broker of the running test resource. */
    public static KafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("sanctag-kafka");
            long started = System.nanoTime();
            broker = KafkaBroker.start(dir);
            System.out.printf(
                    "Kafka broker on %s: formatted and started in %d ms (start alone %d ms)%n",
                    broker.bootstrapServers(), (System.nanoTime() - started) / 1_000_000, broker.lastStartMillis());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(), "sanctag.stream.enabled", "true");
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
        deleteQuietly(dir);
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a test for
        }
    }
}
