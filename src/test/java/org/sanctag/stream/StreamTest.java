package org.sanctag.stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctag.stream.Topics.bytes;
import static org.sanctag.stream.Topics.header;
import static org.sanctag.stream.Topics.record;
import static org.sanctag.stream.Topics.utf8;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctag.metrics.Scrape;

/** Stream mode on a real broker: what comes out for each article is what {@code POST /tag} answers. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class StreamTest {

    static final String INPUT = "articles";
    static final String OUTPUT = "articles-tagged";
    static final String DLQ = "articles-dlq";
    static final Duration WAIT = Duration.ofSeconds(60);

    static final String AURUS = "Russian President Vladimir Putin gave North Korean leader Kim Jong Un an Aurus "
            + "limousine. South Korea's unification ministry said it was closely monitoring the cooperation.";

    private static Topics topics;

    @BeforeAll
    static void connect() {
        topics = new Topics(KafkaBrokerResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        topics.close();
    }

    @Test
    void answersEachArticleAsPostTagDoesKeyedAsItWas() {
        String withId = "{\"id\": \"wire-7\", \"text\": \"" + AURUS + "\"}";
        String withoutId = "{\"text\": \"" + AURUS + "\"}";
        topics.send(List.of(
                record(INPUT, "same-1", withId), record(INPUT, "same-2", withoutId), record(INPUT, "same-3", AURUS)));

        try (ConsumerTask<byte[], byte[]> answers = topics.read(OUTPUT)) {
            Map<String, ConsumerRecord<byte[], byte[]>> byKey =
                    Topics.awaitKeys(answers, Set.of("same-1", "same-2", "same-3"), WAIT);

            assertArrayEquals(postJson(withId), byKey.get("same-1").value(), "the value's own id wins");
            assertArrayEquals(
                    postJson("{\"id\": \"same-2\", \"text\": \"" + AURUS + "\"}"),
                    byKey.get("same-2").value(),
                    "the key stands for a missing id");
            assertArrayEquals(
                    postJson("{\"id\": \"same-3\", \"text\": \"" + AURUS + "\"}"),
                    byKey.get("same-3").value(),
                    "a value that is not JSON is the text itself");
            ConsumerRecord<byte[], byte[]> answer = byKey.get("same-1");
            assertEquals("un-dprk-luxury", header(answer, "sanctag-ruleset-id"));
            assertEquals(
                    given().get("/rules/un-dprk-luxury").path("version"), header(answer, "sanctag-ruleset-version"));
            assertEquals(given().get("/rules/un-dprk-luxury").path("digest"), header(answer, "sanctag-ruleset-digest"));
        }
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterTopicAndTheNextIsStillTagged() {
        String malformed = "{\"text\": \"Kim's Maybach";
        String unknownField = "{\"txt\": \"a yacht\"}";
        ProducerRecord<byte[], byte[]> bad = record(INPUT, "dlq-1", malformed);
        bad.headers().add("trace", bytes("abc"));
        ProducerRecord<byte[], byte[]> notUtf8 =
                new ProducerRecord<>(INPUT, bytes("dlq-3"), new byte[] {'K', 'i', 'm', (byte) 0xC3, (byte) 0x28});
        topics.send(List.of(
                bad,
                record(INPUT, "dlq-2", unknownField),
                notUtf8,
                record(INPUT, "dlq-next", "{\"text\": \"" + AURUS + "\"}")));

        try (ConsumerTask<byte[], byte[]> dead = topics.read(DLQ);
                ConsumerTask<byte[], byte[]> answers = topics.read(OUTPUT)) {
            Map<String, ConsumerRecord<byte[], byte[]>> letters =
                    Topics.awaitKeys(dead, Set.of("dlq-1", "dlq-2", "dlq-3"), WAIT);

            ConsumerRecord<byte[], byte[]> letter = letters.get("dlq-1");
            assertEquals(malformed, utf8(letter.value()), "the original value");
            assertEquals("abc", header(letter, "trace"), "the original headers");
            assertEquals("400", header(letter, "sanctag-problem-status"));
            assertEquals(postJsonProblem(malformed), header(letter, "sanctag-problem-detail"));
            assertEquals(postJsonProblem(unknownField), header(letters.get("dlq-2"), "sanctag-problem-detail"));
            assertEquals(
                    given().contentType("text/plain; charset=UTF-8")
                            .body(notUtf8.value())
                            .post("/tag")
                            .then()
                            .statusCode(400)
                            .extract()
                            .path("detail"),
                    header(letters.get("dlq-3"), "sanctag-problem-detail"));
            assertArrayEquals(notUtf8.value(), letters.get("dlq-3").value());

            Map<String, ConsumerRecord<byte[], byte[]>> next = Topics.awaitKeys(answers, Set.of("dlq-next"), WAIT);
            assertArrayEquals(
                    postJson("{\"id\": \"dlq-next\", \"text\": \"" + AURUS + "\"}"),
                    next.get("dlq-next").value());
        }
    }

    /** Messages in, answered and dead-lettered, documents by source, and the Kafka client's lag, at /q/metrics. */
    @Test
    void metricsCountTheStreamsMessagesAndShowTheConsumerLag() {
        Scrape before = Scrape.now();
        topics.send(List.of(
                record(INPUT, "metrics-1", AURUS),
                record(INPUT, "metrics-2", "{\"id\": \"metrics-2\", \"text\": \"" + AURUS + "\"}"),
                record(INPUT, "metrics-3", "{\"txt\": \"not a field\"}")));
        try (ConsumerTask<byte[], byte[]> answers = topics.read(OUTPUT);
                ConsumerTask<byte[], byte[]> dead = topics.read(DLQ)) {
            Topics.awaitKeys(answers, Set.of("metrics-1", "metrics-2"), WAIT);
            Topics.awaitKeys(dead, Set.of("metrics-3"), WAIT);
        }
        // An answer is counted when the broker acknowledges it, which can follow its arrival by a moment.
        Topics.waitUntil(
                () -> delta(before, Scrape.now(), "sanctag_stream_answers_total") >= 2
                        && delta(before, Scrape.now(), "sanctag_stream_dead_letters_total") >= 1,
                WAIT,
                () -> "stream counters: "
                        + Scrape.now()
                                .text()
                                .lines()
                                .filter(line -> line.startsWith("sanctag_stream"))
                                .toList());
        Scrape after = Scrape.now();
        assertEquals(3, delta(before, after, "sanctag_stream_messages_received_total"));
        assertEquals(2, delta(before, after, "sanctag_stream_answers_total"));
        assertEquals(1, delta(before, after, "sanctag_stream_dead_letters_total"));
        assertEquals(2, delta(before, after, "sanctag_documents_tagged_total", "source", "stream", "flagged", "true"));
        assertTrue(
                after.has("kafka_consumer_fetch_manager_records_lag_max"),
                "the Kafka consumer's lag, from Quarkus's Micrometer Kafka binder");
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    @Test
    void aValueOverTheBodyLimitIsDeadLetteredWith413() {
        String huge = "x".repeat(1024 * 1024 + 1);
        topics.send(List.of(record(INPUT, "big-1", huge)));
        try (ConsumerTask<byte[], byte[]> dead = topics.read(DLQ)) {
            ConsumerRecord<byte[], byte[]> letter =
                    Topics.awaitKeys(dead, Set.of("big-1"), WAIT).get("big-1");
            assertEquals("413", header(letter, "sanctag-problem-status"));
            assertEquals(
                    given().contentType("text/plain; charset=UTF-8")
                            .body(huge)
                            .post("/tag")
                            .then()
                            .statusCode(413)
                            .extract()
                            .path("detail"),
                    header(letter, "sanctag-problem-detail"));
        }
    }

    private static byte[] postJson(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
    }

    private static String postJsonProblem(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/tag")
                .then()
                .statusCode(400)
                .extract()
                .path("detail");
    }
}
