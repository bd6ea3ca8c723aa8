package org.sanctag.boot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctag.metrics.Scrape;

/**
 * The rule file replaced while sanctag runs: new rules serve within the interval, a broken file
 * never replaces good ones (and says where it is broken, in /q/health and the metrics), fixing it
 * loads it; and all of that under concurrent requests, none of which fails.
 */
@QuarkusTest
@TestProfile(RulesReloadTest.WatchedRuleFile.class)
class RulesReloadTest {

    static final long INTERVAL_MS = 250;
    static final Path DIR = tempDir();
    static final Path FILE = DIR.resolve("rules.yaml");
    static final String GOOD = bundledRules();
    static final String ARTICLE = "Kim Jong Un arrived in a Mercedes-Maybach and wore a Rolex.";

    public static class WatchedRuleFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            write(FILE, version("start"));
            return Map.of("sanctag.rules.file", FILE.toString(), "sanctag.rules.reload.interval", INTERVAL_MS + "ms");
        }
    }

    @TestHTTPResource("/tag")
    URI tag;

    @Test
    void aReplacedFileServesWithinTheIntervalAndEverySurfaceSaysSo() {
        Scrape before = Scrape.now();
        replace(version("replaced-1"));
        awaitVersion("replaced-1", 10_000);

        given().get("/rules").then().body("rulesets[0].version", equalTo("replaced-1"));
        given().get("/q/info")
                .then()
                .statusCode(200)
                .body("rules.rulesets[0].version", equalTo("replaced-1"))
                .body("rules.watching", equalTo(FILE.toString()))
                .body("build.version", equalTo("1.0.0-SNAPSHOT"));
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'rules-reload' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rules-reload' }.data.lastReload", equalTo("success"))
                .body("checks.find { it.name == 'rules-reload' }.data.servingVersion", equalTo("replaced-1"));
        Scrape after = Scrape.now();
        assertTrue(after.sum("sanctag_rules_reloads_total", "outcome", "success")
                > before.sum("sanctag_rules_reloads_total", "outcome", "success"));
        assertEquals(1, after.count("sanctag_ruleset_info"), "the replaced rule set's series is gone");
        assertEquals(1.0, after.sum("sanctag_ruleset_info", "version", "replaced-1"));
    }

    @Test
    void aBrokenFileNeverServesAndSaysWhereItIsBrokenUntilItIsFixed() throws Exception {
        replace(version("before-broken"));
        awaitVersion("before-broken", 10_000);
        Scrape before = Scrape.now();

        replace(broken());
        awaitHealth(503);

        JsonPath health = given().get("/q/health").then().extract().jsonPath();
        String check = "checks.find { it.name == 'rules-reload' }";
        assertEquals("failure", health.getString(check + ".data.lastReload"));
        assertEquals("before-broken", health.getString(check + ".data.servingVersion"));
        String error = health.getString(check + ".data.error");
        assertTrue(
                error.startsWith("Invalid rule file " + FILE + ", line ") && error.contains("unknown key 'strenght'"),
                "file, line and problem: " + error);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        assertEquals("before-broken", versionAnswering(), "the last good rules still answer");
        assertEquals(
                1,
                Scrape.now().sum("sanctag_rules_reloads_total", "outcome", "failure")
                        - before.sum("sanctag_rules_reloads_total", "outcome", "failure"));

        replace(version("fixed"));
        awaitVersion("fixed", 10_000);
        given().get("/q/health")
                .then()
                .statusCode(200)
                .body(check + ".data.lastReload", equalTo("success"))
                .body(check + ".data", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("error")));
    }

    /**
     * Eight clients post without pause while the file goes good, broken, good, broken, good: no
     * request fails, no answer comes from the broken file, and each good version answers (within 10 s;
     * the latency from replace to first answer is written to target/reload-under-load.txt).
     */
    @Test
    void underLoadNoRequestFailsAndEachGoodVersionAnswersWithinTheInterval() throws Exception {
        replace(version("load-0"));
        awaitVersion("load-0", 10_000);
        HttpClient client = HttpClient.newHttpClient();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, Long> firstSeen = new ConcurrentHashMap<>();
        Set<String> problems = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> running8 = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            running8.add(clients.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(tag)
                        .header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(ARTICLE))
                        .build();
                while (running.get()) {
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                            problems.add(response.statusCode() + " " + response.body());
                            continue;
                        }
                        answered.incrementAndGet();
                        firstSeen.putIfAbsent(versionIn(response.body()), System.nanoTime());
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        problems.add(e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        List<Long> latenciesMs = new ArrayList<>();
        try {
            Thread.sleep(500);
            for (String step : List.of("load-1", "broken", "load-2", "broken", "load-3")) {
                long replaced = System.nanoTime();
                if (step.equals("broken")) {
                    replace(broken());
                    Thread.sleep(4 * INTERVAL_MS);
                    continue;
                }
                replace(version(step));
                long deadline = replaced + 10_000_000_000L;
                while (!firstSeen.containsKey(step) && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertTrue(firstSeen.containsKey(step), step + " never answered");
                latenciesMs.add((firstSeen.get(step) - replaced) / 1_000_000);
                Thread.sleep(300);
            }
        } finally {
            running.set(false);
            for (Future<?> f : running8) {
                f.get();
            }
            clients.shutdown();
        }
        String report = "reload under load: 8 clients, " + answered.get() + " answers, " + failed.get()
                + " failed; versions seen " + firstSeen.keySet() + "; replace-to-first-answer latency (ms) "
                + latenciesMs + " at a " + INTERVAL_MS + " ms interval";
        System.out.println(report);
        Files.writeString(Path.of("target/reload-under-load.txt"), report + "\n");
        assertEquals(0, failed.get(), "failed requests: " + problems);
        assertEquals(
                Set.of("load-0", "load-1", "load-2", "load-3"), firstSeen.keySet(), "no answer from a broken file");
        // The latency is reported, not asserted: it is a speed, and a loaded machine stretches it.
    }

    private void awaitVersion(String version, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        String seen = null;
        while (System.currentTimeMillis() < deadline) {
            seen = versionAnswering();
            if (version.equals(seen)) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError(
                "version " + version + " did not answer within " + timeoutMs + " ms; " + seen + " did");
    }

    private static void awaitHealth(int status) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (given().get("/q/health").statusCode() == status) {
                return;
            }
            sleep(20);
        }
        given().get("/q/health").then().statusCode(status).body(containsString("rules-reload"));
    }

    private static String versionAnswering() {
        return given().contentType("text/plain; charset=utf-8")
                .body(ARTICLE)
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .path("ruleset[0].version");
    }

    private static final Pattern VERSION = Pattern.compile("\"version\":\"([^\"]*)\"");

    private static String versionIn(String answer) {
        Matcher matcher = VERSION.matcher(answer);
        return matcher.find() ? matcher.group(1) : "none";
    }

    /** Written beside the file, then moved over it: a reader sees the old file or the new, never half. */
    private static void replace(String content) {
        Path next = DIR.resolve("rules.yaml.next");
        write(next, content);
        try {
            Files.move(next, FILE, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String version(String version) {
        String replaced = GOOD.replaceFirst("(?m)^version:.*$", "version: \"" + version + "\"");
        if (replaced.equals(GOOD)) {
            throw new IllegalStateException("the bundled rules have no version line to replace");
        }
        return replaced;
    }

    /** The good rules with a misspelt key in the first rule that names its strength. */
    static String broken() {
        String broken = GOOD.replaceFirst("(?m)^(\\s+)strength:", "$1strenght:");
        if (broken.equals(GOOD)) {
            throw new IllegalStateException("the bundled rules have no strength: line to misspell");
        }
        return broken;
    }

    private static String bundledRules() {
        try {
            return Files.readString(Path.of("rules/un-dprk-luxury.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("sanctag-reload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
