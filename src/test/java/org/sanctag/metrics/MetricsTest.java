package org.sanctag.metrics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanctag.api.NdjsonBatchTest;

/** {@code /q/metrics} after tagging through HTTP: sanctag's series are there and moved by what was tagged. */
@QuarkusTest
class MetricsTest {

    private static final String RULESET = "un-dprk-luxury";
    private static final String FLAGGED = "Kim Jong Un arrived in a Mercedes-Maybach and wore a Rolex.";
    private static final String LOW = "The watch fair in Geneva showed a new Rolex.";
    private static final String NOTHING = "The council met on Tuesday to discuss the budget.";

    @Test
    void countsEachDocumentOnceByRuleSetVerdictAndWayIn() {
        Scrape before = Scrape.now();

        post(FLAGGED);
        post(NOTHING);
        NdjsonBatchTest.ndjson()
                .body(("{\"id\":\"1\",\"text\":\"" + FLAGGED + "\"}\n{\"id\":\"2\",\"text\":\"" + LOW + "\"}\n"
                                + "{\"id\":\"3\",\"text\":\"" + NOTHING + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/tag")
                .then()
                .statusCode(200);

        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "sanctag_documents_tagged_total", "source", "http", "flagged", "true"));
        assertEquals(1, delta(before, after, "sanctag_documents_tagged_total", "source", "http", "flagged", "false"));
        assertEquals(1, delta(before, after, "sanctag_documents_tagged_total", "source", "batch", "flagged", "true"));
        assertEquals(2, delta(before, after, "sanctag_documents_tagged_total", "source", "batch", "flagged", "false"));
        assertEquals(5, delta(before, after, "sanctag_tag_seconds_count"));
        assertTrue(delta(before, after, "sanctag_tag_seconds_sum") > 0, "the engine took some time");
        assertEquals(5, delta(before, after, "sanctag_document_bytes_count"));
        long bytes = 2L * FLAGGED.length() + LOW.length() + 2L * NOTHING.length();
        assertEquals(bytes, delta(before, after, "sanctag_document_bytes_sum"), "the texts' UTF-8 sizes");
        assertTrue(after.has("sanctag_tag_seconds_bucket"), "the timer has a histogram");
    }

    @Test
    void countsPassagesByCategoryAndRelevanceNotByMatch() {
        Scrape before = Scrape.now();

        // One passage with two watch matches and one car match: one passage per category, not per match.
        post("Kim Jong Un owns a Rolex, an Omega and a Maybach.");
        post(LOW);

        Scrape after = Scrape.now();
        assertEquals(1, delta(before, after, "sanctag_passages_total", "category", "watches", "relevance", "high"));
        assertEquals(1, delta(before, after, "sanctag_passages_total", "category", "vehicles", "relevance", "high"));
        assertEquals(1, delta(before, after, "sanctag_passages_total", "category", "watches", "relevance", "low"));
        assertEquals(3, delta(before, after, "sanctag_passages_total"));
    }

    @Test
    void namesTheServingRuleSetAndCountsNoReloadOfTheBundledRules() {
        String version = given().get("/rules/" + RULESET).path("version");
        String digest = given().get("/rules/" + RULESET).path("digest");
        Scrape now = Scrape.now();
        assertEquals(1.0, now.sum("sanctag_ruleset_info", "ruleset", RULESET, "version", version, "digest", digest));
        int loaded = given().get("/rules").path("rulesets.size()");
        assertEquals(loaded, now.count("sanctag_ruleset_info"), "one series per serving rule set");
        assertTrue(now.has("sanctag_rules_reloads_total", "outcome", "success"));
        assertTrue(now.has("sanctag_rules_reloads_total", "outcome", "failure"));
        assertEquals(0, now.sum("sanctag_rules_reloads_total"));
    }

    @Test
    void carriesQuarkusHttpServerMetrics() {
        post(NOTHING);
        assertTrue(
                Scrape.now().sum("http_server_requests_seconds_count", "uri", "/tag", "method", "POST") >= 1,
                "http_server_requests_seconds for POST /tag");
    }

    private static void post(String text) {
        given().contentType("text/plain; charset=utf-8")
                .body(text)
                .post("/tag")
                .then()
                .statusCode(200);
    }

    private static double delta(Scrape before, Scrape after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }
}
