package org.sanctag.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application in stream mode, as child JVMs against a real broker in this JVM: two
 * instances split a topic, SIGTERM mid-stream loses nothing, a burst of large articles stays
 * within a small heap.
 */
class StreamPackagedIT {

    /** Held so that the levels stick: java.util.logging keeps loggers weakly. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private static Path dir;
    private static KafkaBroker broker;
    private static Topics topics;
    private static String article;

    @BeforeAll
    static void startBroker() throws IOException {
        for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.WARNING);
            QUIET.add(logger);
        }
        dir = Files.createTempDirectory("sanctag-kafka-it");
        long started = System.nanoTime();
        broker = KafkaBroker.start(dir);
        System.out.printf(
                "Kafka broker on %s: formatted and started in %d ms%n",
                broker.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        topics = new Topics(broker.bootstrapServers());
        article = Files.readString(Path.of("bench/load/article-5k.txt"));
    }

    @AfterAll
    static void stopBroker() {
        topics.close();
        broker.close();
        KafkaBrokerResource.deleteQuietly(dir);
    }

    @Test
    void twoInstancesInOneGroupSplitAFourPartitionTopicAndAnswerEveryArticleInOrder(@TempDir Path logs)
            throws Exception {
        Map<String, String> settings = settings("scale", 4);
        int articles = 2000;
        int keys = 200;
        try (SanctagApp first = SanctagApp.start(logs.resolve("first.log"), "256m", settings);
                SanctagApp second = SanctagApp.start(logs.resolve("second.log"), "256m", settings)) {
            Topics.waitUntil(
                    () -> twoMembersWithTwoPartitionsEach(
                            topics.companion().consumerGroups().describe("scale-group")),
                    Duration.ofSeconds(60),
                    () -> "two members with two partitions each: "
                            + topics.companion().consumerGroups().describe("scale-group"));
            List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
            for (int i = 0; i < articles; i++) {
                records.add(Topics.record("scale-in", "key-" + (i % keys), json("scale-" + i, article)));
            }
            long started = System.nanoTime();
            topics.send(records);
            try (ConsumerTask<byte[], byte[]> answers = topics.read("scale-out")) {
                Topics.waitUntil(
                        () -> answers.count() >= articles,
                        Duration.ofSeconds(180),
                        () -> articles + " answers, have " + answers.count());
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf(
                        "Two instances: %d articles of 5 KB answered in %.2f s (%.0f/s, sending included)%n",
                        articles, seconds, articles / seconds);
                assertInOrderPerKey(answers.getRecords(), articles);
            }
            // Stop only once every answer's offset is committed: stopping the first instance hands its
            // partitions to the second, which would answer again what was not yet committed (delivery is
            // at least once, README "Delivery"); this test is about the split, not about that.
            Topics.waitUntil(
                    () -> committed("scale-group") >= articles,
                    Duration.ofSeconds(60),
                    () -> "every offset committed, have " + committed("scale-group"));
            SanctagApp.Counts one = first.stop();
            SanctagApp.Counts two = second.stop();
            System.out.printf("Split: first instance %s, second %s%n", one, two);
            assertTrue(one.answered() > 0 && two.answered() > 0, "both instances answered: " + one + ", " + two);
            assertEquals(articles, one.answered() + two.answered(), "every article answered once: " + one + two);
        }
    }

    @Test
    void sigtermMidStreamCommitsOnlyWhatWasAnsweredAndARestartAnswersTheRest(@TempDir Path logs) throws Exception {
        Map<String, String> settings = settings("term", 2);
        int articles = 4000;
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            records.add(Topics.record("term-in", "term-" + i, article));
        }
        topics.send(records);
        SanctagApp.Counts beforeStop;
        try (SanctagApp app = SanctagApp.start(logs.resolve("first.log"), "256m", settings);
                ConsumerTask<byte[], byte[]> answers = topics.read("term-out")) {
            Topics.waitUntil(
                    () -> answers.count() >= articles / 10, Duration.ofSeconds(120), () -> "a tenth of the answers");
            beforeStop = app.stop();
        }
        long committed = committed("term-group");
        List<ConsumerRecord<byte[], byte[]>> written = topics.readToEnd("term-out");
        long answeredSoFar = Topics.byKey(written).size();
        System.out.printf(
                "SIGTERM: %d answers written (%d acknowledged by the time it logged), %d offsets committed,"
                        + " %d articles left%n",
                answeredSoFar, beforeStop.answered(), committed, articles - committed);
        assertTrue(committed <= answeredSoFar, "an offset was committed before its answer: " + committed);
        assertTrue(committed < articles, "the stop did not come mid-stream");

        try (SanctagApp app = SanctagApp.start(logs.resolve("second.log"), "256m", settings);
                ConsumerTask<byte[], byte[]> answers = topics.read("term-out")) {
            Map<String, ConsumerRecord<byte[], byte[]>> byKey =
                    Topics.awaitKeys(answers, Topics.keys("term-", articles), Duration.ofSeconds(180));
            long total = answers.count();
            SanctagApp.Counts afterRestart = app.stop();
            System.out.printf(
                    "SIGTERM and restart: %d articles sent, %d answered (distinct keys), %d answer records"
                            + " (%d duplicates); first run %s, second run %s%n",
                    articles, byKey.size(), total, total - articles, beforeStop, afterRestart);
            assertEquals(articles, byKey.size());
        }
    }

    @Test
    void aBurstOfLargeArticlesIsAnsweredWithinA160MegabyteHeap(@TempDir Path logs) throws Exception {
        Map<String, String> settings = settings("large", 1);
        String large = article.repeat(180); // about 900 KB, just under the 1M body limit
        int articles = 150; // about 135 MB, more than the heap
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            records.add(Topics.record("large-in", "large-" + i, large));
        }
        topics.send(records);
        try (SanctagApp app = SanctagApp.start(logs.resolve("large.log"), "160m", settings);
                ConsumerTask<byte[], byte[]> answers = topics.read("large-out")) {
            Topics.awaitKeys(answers, Topics.keys("large-", articles), Duration.ofSeconds(180));
            assertTrue(app.isAlive(), app.log());
            SanctagApp.Counts counts = app.stop();
            assertFalse(app.log().contains("OutOfMemoryError"), app.log());
            assertEquals(0, counts.deadLettered(), app.log());
        }
    }

    private static Map<String, String> settings(String name, int partitions) {
        topics.companion().topics().createAndWait(name + "-in", partitions, Duration.ofSeconds(30));
        topics.companion().topics().createAndWait(name + "-out", partitions, Duration.ofSeconds(30));
        return Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "sanctag.stream.enabled", "true",
                "sanctag.stream.input-topic", name + "-in",
                "sanctag.stream.output-topic", name + "-out",
                "sanctag.stream.dead-letter-topic", name + "-dlq",
                "sanctag.stream.group-id", name + "-group");
    }

    private static boolean twoMembersWithTwoPartitionsEach(ConsumerGroupDescription group) {
        return group.members().size() == 2
                && group.members().stream()
                        .map(MemberDescription::assignment)
                        .allMatch(assignment -> assignment.topicPartitions().size() == 2);
    }

    /** Answers for one key (so from one input partition) come out in the order their articles went in. */
    private static void assertInOrderPerKey(List<ConsumerRecord<byte[], byte[]>> answers, int articles)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> last = new HashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        for (ConsumerRecord<byte[], byte[]> answer : answers) {
            String id = json.readTree(answer.value()).path("id").asText();
            ids.add(id);
            int number = Integer.parseInt(id.substring("scale-".length()));
            Integer previous = last.put(Topics.utf8(answer.key()), number);
            assertTrue(previous == null || previous < number, "out of order for one key: " + previous + ", " + id);
        }
        assertEquals(articles, ids.size(), "every article answered");
    }

    private static long committed(String group) {
        return topics.companion().consumerGroups().offsets(group).values().stream()
                .mapToLong(OffsetAndMetadata::offset)
                .sum();
    }

    private static String json(String id, String text) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("id", id, "text", text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
