package org.sanctag.stream;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged application ({@code target/quarkus-app}) as a child JVM in stream mode, as an operator runs it. */
final class SanctagApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Pattern STOPPED = Pattern.compile(
            "Stream stopped: (\\d+) articles received, (\\d+) answers and (\\d+) dead letters acknowledged");

    private final Process process;
    private final Path log;

    private SanctagApp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts sanctag with stream mode on and these settings, and waits until it has started. */
    static SanctagApp start(Path log, String heap, Map<String, String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-Dquarkus.http.port=0"));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        SanctagApp app = new SanctagApp(process, log);
        Topics.waitUntil(
                () -> app.log().contains("Listening on") || !process.isAlive(),
                Duration.ofSeconds(120),
                () -> "sanctag to start:\n" + app.log());
        if (!process.isAlive()) {
            throw new AssertionError("sanctag did not start:\n" + app.log());
        }
        return app;
    }

    /** SIGTERM, as a container runtime stops it; waits for the exit and returns the counts it logged. */
    Counts stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sanctag did not stop within 60 s of SIGTERM:\n" + log());
        }
        Matcher matcher = STOPPED.matcher(log());
        if (!matcher.find()) {
            throw new AssertionError("sanctag stopped without its stream summary:\n" + log());
        }
        return new Counts(
                Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** What one instance logged on stop. */
    record Counts(long received, long answered, long deadLettered) {}
}
