package org.sanctag.stream;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A broker to try stream mode with ({@code bench/kafka/local-broker.sh}): the tests' broker, on
 * 127.0.0.1 and the port given (default 9092), until Ctrl-C. Its log is deleted on exit.
 */
public final class LocalBroker {

    private LocalBroker() {}

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        Path dir = Files.createTempDirectory("sanctag-local-kafka");
        KafkaBroker broker = KafkaBroker.start(dir, port);
        System.out.println("Kafka broker listening on " + broker.bootstrapServers() + " (Ctrl-C stops it)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            KafkaBrokerResource.deleteQuietly(dir);
            stopped.countDown();
        }));
        stopped.await();
    }
}
