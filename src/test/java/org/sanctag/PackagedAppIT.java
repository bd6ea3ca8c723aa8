package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged application the way an operator would: with a rule file that is broken, or replaced. */
class PackagedAppIT {

    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void aBrokenRuleFileStopsStartUpAndSaysWhereItIsBroken(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("broken.yaml");
        Files.writeString(rules, """
                id: broken
                version: "1"
                title: A rule file with a misspelt key
                jurisdiction: A test
                sources: [a test]
                context:
                  jurisdiction: [North Korea]
                categories:
                  - id: vehicles
                    name: Vehicles
                    basis: [a test]
                    rules:
                      - id: vehicles.models
                        terms: [limousine]
                        strenght: weak
                """);
        String output = startMustFail(dir, "-Dsanctag.rules.file=" + rules);
        assertTrue(output.contains("Invalid rule file " + rules + ", line 15: unknown key 'strenght'"), output);
    }

    @Test
    void aBodyLimitAboveQuarkusOwnCapStopsStartUpAndNamesBothProperties(@TempDir Path dir) throws Exception {
        String output = startMustFail(dir, "-Dsanctag.limits.max-body-size=32M");
        assertTrue(
                output.contains("sanctag.limits.max-body-size (33554432 bytes) is above "
                        + "quarkus.http.limits.max-body-size (16777216 bytes)"),
                output);
    }

    /**
     * The packaged app with a rule file and the default 2 s interval: a replaced file answers within
     * the interval, a broken one never does (the last good rules answer, /q/health says why), a fixed
     * one does again.
     */
    @Test
    void aReplacedRuleFileAnswersWithoutARestartAndABrokenOneNever(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("rules/un-dprk-luxury.yaml"));
        Path rules = dir.resolve("rules.yaml");
        Files.writeString(rules, withVersion(good, "packaged-1"));
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder(
                        "java",
                        "-Dsanctag.rules.file=" + rules,
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.log.console.json.enabled=false",
                        "-jar",
                        APP.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI tag = URI.create("http://127.0.0.1:" + port + "/tag");
            assertEquals("packaged-1", awaitVersion(client, tag, "packaged-1", 90_000, log), read(log));

            long replaced = System.nanoTime();
            replace(rules, withVersion(good, "packaged-2"));
            assertEquals("packaged-2", awaitVersion(client, tag, "packaged-2", 15_000, log));
            long latencyMs = (System.nanoTime() - replaced) / 1_000_000;
            assertTrue(latencyMs < 2_000 + 3_000, "answered " + latencyMs + " ms after the replace");

            replace(rules, good.replaceFirst("(?m)^(\\s+)strength:", "$1strenght:"));
            URI health = URI.create("http://127.0.0.1:" + port + "/q/health");
            long deadline = System.currentTimeMillis() + 15_000;
            HttpResponse<String> checks = get(client, health);
            while (checks.statusCode() != 503 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                checks = get(client, health);
            }
            assertEquals(503, checks.statusCode(), checks.body());
            assertTrue(checks.body().contains("unknown key 'strenght'"), checks.body());
            assertEquals("packaged-2", versionOf(post(client, tag)), "the last good rules keep answering");
            assertTrue(read(log).contains("Rule reload failed, still serving rule sets un-dprk-luxury packaged-2"));

            replace(rules, withVersion(good, "packaged-3"));
            assertEquals("packaged-3", awaitVersion(client, tag, "packaged-3", 15_000, log));
            assertEquals(200, get(client, health).statusCode());
            System.out.println(
                    "packaged reload: new version answered " + latencyMs + " ms after the replace (2 s interval)");
        } finally {
            app.destroy();
            app.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String withVersion(String rules, String version) {
        return rules.replaceFirst("(?m)^version:.*$", "version: \"" + version + "\"");
    }

    private static void replace(Path rules, String content) throws IOException {
        Path next = rules.resolveSibling("rules.yaml.next");
        Files.writeString(next, content);
        Files.move(next, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String awaitVersion(HttpClient client, URI tag, String version, long timeoutMs, Path log)
            throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String seen = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                seen = versionOf(post(client, tag));
                if (version.equals(seen)) {
                    return seen;
                }
            } catch (IOException notYetListening) {
                // the app is still starting
            }
            Thread.sleep(50);
        }
        return seen + " (waited " + timeoutMs + " ms for " + version + ")\n" + read(log);
    }

    private static HttpResponse<String> post(HttpClient client, URI tag) throws Exception {
        return client.send(
                HttpRequest.newBuilder(tag)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString("Kim Jong Un wore a Rolex."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String versionOf(HttpResponse<String> answer) {
        Matcher version = Pattern.compile("\"version\":\"([^\"]*)\"").matcher(answer.body());
        return answer.statusCode() == 200 && version.find()
                ? version.group(1)
                : answer.statusCode() + " " + answer.body();
    }

    /** Starts the packaged app with one more setting; it must exit, and not with 0. Returns its log. */
    private static String startMustFail(Path dir, String setting) throws Exception {
        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder("java", setting, "-Dquarkus.http.port=0", "-jar", APP.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean exited = app.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = read(log);
        assertTrue(exited, "the application kept running with " + setting + ":\n" + output);
        assertNotEquals(0, app.exitValue(), output);
        return output;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
