package org.sanctag.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of docs/PERFORMANCE.md ("Stream mode"): 5 KB articles through a local broker into one
 * and two packaged instances. Not part of the build; run it with
 * {@code ./mvnw -B verify -Dsanctag.bench.stream=true -Dit.test=StreamThroughputIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "sanctag.bench.stream", matches = "true")
class StreamThroughputIT {

    private static final List<Logger> QUIET = new ArrayList<>();
    private static final int ARTICLES = Integer.getInteger("sanctag.bench.articles", 20_000);
    private static final int PACED_RATE = Integer.getInteger("sanctag.bench.rate", 500);

    @Test
    void throughputAndLatencyWithOneAndTwoInstances(@TempDir Path dir) throws Exception {
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
        String article = Files.readString(Path.of("bench/load/article-5k.txt"));
        try (KafkaBroker broker = KafkaBroker.start(dir.resolve("broker"));
                Topics topics = new Topics(broker.bootstrapServers())) {
            for (int instances = 1; instances <= 2; instances++) {
                String name = "bench" + instances;
                topics.companion().topics().createAndWait(name + "-in", 4, Duration.ofSeconds(30));
                topics.companion().topics().createAndWait(name + "-out", 4, Duration.ofSeconds(30));
                Map<String, String> settings = new HashMap<>(Map.of(
                        "kafka.bootstrap.servers",
                        broker.bootstrapServers(),
                        "sanctag.stream.enabled",
                        "true",
                        "sanctag.stream.input-topic",
                        name + "-in",
                        "sanctag.stream.output-topic",
                        name + "-out",
                        "sanctag.stream.group-id",
                        name));
                // Other settings to try, "name=value,name=value" (for example the connector's own bounds).
                for (String setting :
                        System.getProperty("sanctag.bench.app-settings", "").split(",")) {
                    int equals = setting.indexOf('=');
                    if (equals > 0) {
                        settings.put(setting.substring(0, equals), setting.substring(equals + 1));
                    }
                }
                // Throughput: the articles wait in the topic, then the instances drain it.
                List<ProducerRecord<byte[], byte[]>> backlog = new ArrayList<>();
                for (int i = 0; i < ARTICLES; i++) {
                    backlog.add(Topics.record(name + "-in", "b-" + i, article));
                }
                topics.send(backlog);
                List<SanctagApp> apps = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    apps.add(SanctagApp.start(dir.resolve(name + "-" + i + ".log"), "512m", settings));
                }
                List<ConsumerRecord<byte[], byte[]>> answers = awaitCount(topics, name + "-out", ARTICLES);
                long first = answers.stream()
                        .mapToLong(ConsumerRecord::timestamp)
                        .min()
                        .orElseThrow();
                long last = answers.stream()
                        .mapToLong(ConsumerRecord::timestamp)
                        .max()
                        .orElseThrow();
                System.out.printf(
                        "BENCH %d instance(s): %d articles of 5 KB drained in %d ms: %.0f articles/s%n",
                        instances, ARTICLES, last - first, ARTICLES * 1000.0 / Math.max(1, last - first));
                // Latency: articles at a steady rate, each stamped as it is sent.
                int paced = PACED_RATE * 10;
                Map<String, Long> sentAt = new HashMap<>();
                long start = System.currentTimeMillis();
                for (int i = 0; i < paced; i += PACED_RATE / 10) {
                    List<ProducerRecord<byte[], byte[]>> batch = new ArrayList<>();
                    long now = System.currentTimeMillis();
                    for (int j = i; j < i + PACED_RATE / 10; j++) {
                        batch.add(new ProducerRecord<>(
                                name + "-in", null, now, Topics.bytes("p-" + j), Topics.bytes(article)));
                        sentAt.put("p-" + j, now);
                    }
                    topics.send(batch);
                    long next = start + (i / (PACED_RATE / 10) + 1) * 100L;
                    Thread.sleep(Math.max(0, next - System.currentTimeMillis())); // pacing, not waiting
                }
                List<ConsumerRecord<byte[], byte[]>> all = awaitCount(topics, name + "-out", ARTICLES + paced);
                long[] latencies = all.stream()
                        .filter(r -> sentAt.containsKey(Topics.utf8(r.key())))
                        .mapToLong(r -> r.timestamp() - sentAt.get(Topics.utf8(r.key())))
                        .sorted()
                        .toArray();
                System.out.printf(
                        "BENCH %d instance(s): %d articles at %d/s: latency p50 %d ms, p99 %d ms, max %d ms%n",
                        instances,
                        latencies.length,
                        PACED_RATE,
                        latencies[latencies.length / 2],
                        latencies[(int) (latencies.length * 0.99)],
                        latencies[latencies.length - 1]);
                for (SanctagApp app : apps) {
                    app.stop();
                    app.close();
                }
            }
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitCount(Topics topics, String topic, int count) {
        Topics.waitUntil(() -> topics.endOffset(topic) >= count, Duration.ofMinutes(10), () -> count + " answers");
        return topics.readToEnd(topic);
    }
}
