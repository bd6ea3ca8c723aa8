package org.sanctag.stream;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Test helper over {@link KafkaCompanion}: send byte records, read a topic until records arrive. */
final class Topics implements AutoCloseable {

    private final KafkaCompanion companion;

    Topics(String bootstrapServers) {
        this.companion = new KafkaCompanion(bootstrapServers, Duration.ofSeconds(30));
    }

    KafkaCompanion companion() {
        return companion;
    }

    /**
     * Sends every record at once and waits until the broker has acknowledged them all. (The
     * companion's producer sends one record after the other, a few milliseconds each.)
     */
    void send(Collection<ProducerRecord<byte[], byte[]>> records) {
        try (KafkaProducer<byte[], byte[]> producer = producer()) {
            List<Future<RecordMetadata>> sent =
                    records.stream().map(producer::send).toList();
            producer.flush();
            for (Future<RecordMetadata> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("the broker did not take the test's records", e);
        }
    }

    /** A producer of byte records for this broker, for a caller that sends over time; close it. */
    KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>(companion.getProducerProperties());
        config.put("bootstrap.servers", companion.getBootstrapServers());
        config.put("max.request.size", 4194304);
        config.put("linger.ms", 5);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** A reader of the whole topic, from its first record, running until closed. */
    ConsumerTask<byte[], byte[]> read(String topic) {
        return companion
                .consume(byte[].class, byte[].class)
                .withGroupId("reader-" + java.util.UUID.randomUUID())
                .withOffsetReset(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST)
                .fromTopics(topic);
    }

    /** Every record the topic holds now: reads until the reader has reached the topic's end offsets. */
    List<ConsumerRecord<byte[], byte[]>> readToEnd(String topic) {
        long end = endOffset(topic);
        try (ConsumerTask<byte[], byte[]> task = read(topic)) {
            waitUntil(() -> task.count() >= end, Duration.ofSeconds(60), () -> end + " records of " + topic);
            return task.getRecords();
        }
    }

    /** The sum of the topic's end offsets: how many records it holds (nothing is deleted in these tests). */
    long endOffset(String topic) {
        try {
            var admin = companion.getOrCreateAdminClient();
            var partitions = admin.describeTopics(Set.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions();
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
                    new HashMap<>();
            partitions.forEach(p -> latest.put(
                    new org.apache.kafka.common.TopicPartition(topic, p.partition()),
                    org.apache.kafka.clients.admin.OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream()
                    .mapToLong(info -> info.offset())
                    .sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("cannot read the end offsets of " + topic, e.getCause());
        }
    }

    /** Waits until {@code task} holds a record for each key, and returns the last record per key. */
    static Map<String, ConsumerRecord<byte[], byte[]>> awaitKeys(
            ConsumerTask<byte[], byte[]> task, Set<String> keys, Duration timeout) {
        waitUntil(
                () -> byKey(task.getRecords()).keySet().containsAll(keys),
                timeout,
                () -> "records for "
                        + keys.size() + " keys; have "
                        + byKey(task.getRecords()).keySet().stream()
                                .filter(keys::contains)
                                .count());
        Map<String, ConsumerRecord<byte[], byte[]>> found = byKey(task.getRecords());
        found.keySet().retainAll(keys);
        return found;
    }

    static Map<String, ConsumerRecord<byte[], byte[]>> byKey(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<String, ConsumerRecord<byte[], byte[]>> byKey = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.key() != null) {
                byKey.put(utf8(record.key()), record);
            }
        }
        return byKey;
    }

    /** Polls the condition every 20 ms (never a blind sleep) until it holds or the time is up. */
    static void waitUntil(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static ProducerRecord<byte[], byte[]> record(String topic, String key, String value) {
        return new ProducerRecord<>(topic, key == null ? null : bytes(key), value == null ? null : bytes(value));
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : utf8(header.value());
    }

    static Set<String> keys(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> prefix + i)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static String utf8(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        companion.close();
    }
}
