package org.sanctag.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers of docs/PERFORMANCE.md ("Stream mode"): 5 KB articles through a local broker into one
 * and two packaged instances. Not part of the build; run it with
 * {@code ./mvnw -B verify -Dsanctag.bench.stream=true -Dit.test=StreamThroughputIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Every time is the broker's: both topics stamp a record with the time it was appended
 * ({@code message.timestamp.type=LogAppendTime}), so a latency runs from the article's arrival on
 * the input topic to its answer's arrival on the output topic, one clock, no client in between.
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
                createStampedTopic(topics, name + "-in");
                createStampedTopic(topics, name + "-out");
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
                long[] stamps = answers.stream()
                        .mapToLong(ConsumerRecord::timestamp)
                        .sorted()
                        .toArray();
                long whole = Math.max(1, stamps[stamps.length - 1] - stamps[0]);
                // The second half alone: the JIT has warmed up by then (a fresh JVM tags slowly at first).
                long warm = Math.max(1, stamps[stamps.length - 1] - stamps[stamps.length / 2]);
                System.out.printf(
                        "BENCH %d instance(s): %d articles of 5 KB drained in %d ms: %.0f articles/s;"
                                + " the second half in %d ms: %.0f articles/s%n",
                        instances,
                        ARTICLES,
                        whole,
                        (ARTICLES - 1) * 1000.0 / whole,
                        warm,
                        (stamps.length - 1 - stamps.length / 2) * 1000.0 / warm);
                // Latency: articles at a steady rate, from one producer that stays connected.
                int paced = PACED_RATE * 10;
                long start = System.currentTimeMillis();
                try (KafkaProducer<byte[], byte[]> producer = topics.producer()) {
                    for (int i = 0; i < paced; i += PACED_RATE / 10) {
                        for (int j = i; j < i + PACED_RATE / 10; j++) {
                            producer.send(Topics.record(name + "-in", "p-" + j, article));
                        }
                        long next = start + (i / (PACED_RATE / 10) + 1) * 100L;
                        Thread.sleep(Math.max(0, next - System.currentTimeMillis())); // pacing, not waiting
                    }
                }
                Map<String, Long> arrivedAt = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> in : topics.readToEnd(name + "-in")) {
                    arrivedAt.put(Topics.utf8(in.key()), in.timestamp());
                }
                List<ConsumerRecord<byte[], byte[]>> all = awaitCount(topics, name + "-out", ARTICLES + paced);
                long[] latencies = all.stream()
                        .filter(r -> Topics.utf8(r.key()).startsWith("p-"))
                        .mapToLong(r -> r.timestamp() - arrivedAt.get(Topics.utf8(r.key())))
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

    /** Four partitions, each record stamped by the broker when it is appended. */
    private static void createStampedTopic(Topics topics, String name) throws Exception {
        topics.companion()
                .getOrCreateAdminClient()
                .createTopics(List.of(new NewTopic(name, 4, (short) 1)
                        .configs(Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"))))
                .all()
                .get(30, TimeUnit.SECONDS);
        topics.companion().topics().waitForTopic(name).await().atMost(Duration.ofSeconds(30));
    }

    private static List<ConsumerRecord<byte[], byte[]>> awaitCount(Topics topics, String topic, int count) {
        Topics.waitUntil(() -> topics.endOffset(topic) >= count, Duration.ofMinutes(10), () -> count + " answers");
        return topics.readToEnd(topic);
    }
}
