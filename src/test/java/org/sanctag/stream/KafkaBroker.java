package org.sanctag.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker (the kafka_2.13 artifact the BOM pins), in this JVM: one node that is
 * broker and KRaft controller at once, on free loopback ports, its log in a directory of its own.
 * It can be stopped and started again on the same ports and log, as a broker restart would.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final Properties properties;
    private KafkaRaftServer server;
    private long lastStartMillis;

    private KafkaBroker(Path dir, int port) throws IOException {
        this.dir = dir;
        this.port = port == 0 ? freePort() : port;
        int controllerPort = freePort();
        this.properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + this.port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + this.port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", dir.resolve("log").toString());
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "4");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("num.partitions", "1");
        properties.put("auto.create.topics.enable", "true");
        // room for a value just over sanctag's 1M body limit, to prove it is dead-lettered
        properties.put("message.max.bytes", "4194304");
        format();
    }

    /** Formats a new log directory under {@code dir} and starts the broker on it. */
    public static KafkaBroker start(Path dir) throws IOException {
        return start(dir, 0);
    }

    /** As {@link #start(Path)}, with clients on {@code port} (0: a free one). */
    public static KafkaBroker start(Path dir, int port) throws IOException {
        KafkaBroker broker = new KafkaBroker(dir, port);
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** How long the last start took, formatting excluded. */
    public long lastStartMillis() {
        return lastStartMillis;
    }

    public synchronized void start() {
        long started = System.nanoTime();
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        server.startup();
        lastStartMillis = (System.nanoTime() - started) / 1_000_000;
    }

    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void format() throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties.store(out, "sanctag test broker");
        }
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = StorageTool.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()},
                new PrintStream(log, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the broker's storage failed: " + log);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
