package org.sanctag.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctag.stream.Topics.record;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The broker goes away in the middle of a stream and comes back: no article is left unanswered. */
@QuarkusTest
@WithTestResource(KafkaBrokerResource.class)
class BrokerRestartTest {

    private static final int BEFORE_STOP = 1000;
    private static final int AFTER_RESTART = 200;

    @Test
    void everyArticleIsAnsweredAfterTheBrokerIsStoppedAndRestartedMidStream() throws IOException {
        String article = Files.readString(Path.of("bench/load/article-5k.txt"));
        KafkaBroker broker = KafkaBrokerResource.broker();
        List<String> keys = List.copyOf(Topics.keys("restart-", BEFORE_STOP + AFTER_RESTART));
        try (Topics topics = new Topics(broker.bootstrapServers())) {
            topics.send(records(keys.subList(0, BEFORE_STOP), article));
            long answeredAtStop;
            try (ConsumerTask<byte[], byte[]> early = topics.read(StreamTest.OUTPUT)) {
                Topics.waitUntil(
                        () -> countKeys(early, "restart-") > 0, Duration.ofSeconds(60), () -> "a first answer");
                broker.stop();
                answeredAtStop = countKeys(early, "restart-");
            }
            long restarted = System.nanoTime();
            broker.start();
            System.out.printf(
                    "Broker stopped after %d of %d answers, restarted in %d ms%n",
                    answeredAtStop, BEFORE_STOP, (System.nanoTime() - restarted) / 1_000_000);
            topics.send(records(keys.subList(BEFORE_STOP, keys.size()), article));

            try (ConsumerTask<byte[], byte[]> answers = topics.read(StreamTest.OUTPUT)) {
                Topics.awaitKeys(answers, Set.copyOf(keys), Duration.ofSeconds(120));
                long records = countKeys(answers, "restart-");
                System.out.printf(
                        "Broker restart: %d articles sent, %d answered (distinct keys), %d answer records"
                                + " (%d duplicates)%n",
                        keys.size(), keys.size(), records, records - keys.size());
                assertEquals(
                        keys.size(),
                        Topics.byKey(answers.getRecords()).keySet().stream()
                                .filter(key -> key.startsWith("restart-"))
                                .count());
            }
        }
    }

    private static long countKeys(ConsumerTask<byte[], byte[]> task, String prefix) {
        return task.getRecords().stream()
                .filter(r -> r.key() != null && Topics.utf8(r.key()).startsWith(prefix))
                .count();
    }

    private static List<ProducerRecord<byte[], byte[]>> records(List<String> keys, String text) {
        return keys.stream().map(key -> record(StreamTest.INPUT, key, text)).toList();
    }
}
