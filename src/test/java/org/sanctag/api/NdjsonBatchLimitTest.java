package org.sanctag.api;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A batch over {@code sanctag.limits.max-batch-size}: refused up front, or cut short when it has no length. */
@QuarkusTest
@TestProfile(NdjsonBatchLimitTest.SmallBatches.class)
class NdjsonBatchLimitTest {

    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sanctag.limits.max-batch-size", "16K", "sanctag.limits.in-flight-budget", "64K");
        }
    }

    private static final String LINE = "{\"text\": \"Kim Jong Un wore a Rolex at the parade. "
            + "Filler words about the weather. ".repeat(20) + "\"}\n";

    /** 30 lines of about 700 bytes: 21 KB, over the 16K limit. */
    private static final byte[] BATCH = LINE.repeat(30).getBytes(StandardCharsets.UTF_8);

    @Test
    void refusesABatchWhoseLengthIsOverTheLimitBeforeReadingIt() {
        NdjsonBatchTest.ndjson()
                .body(BATCH)
                .post("/tag")
                .then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("sanctag.limits.max-batch-size"));
    }

    @Test
    void answersTheLinesBeforeTheLimitThenSaysWhereAChunkedBatchWasCut() throws Exception {
        String answer = NdjsonBatchTest.ndjson()
                .body(new ByteArrayInputStream(BATCH))
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String[] lines = answer.split("\n");
        JsonNode last = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(413, last.get("status").asInt(), last.toString());
        assertTrue(last.get("detail").asText().contains("sanctag.limits.max-batch-size"));
        assertEquals(lines.length, last.get("line").asInt(), "the cut line is the one after the answered ones");
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(new ObjectMapper().readTree(lines[i]).get("flagged").asBoolean(), lines[i]);
        }
    }

    /** Each line claims its own share of the budget: a batch far over the budget still runs, line by line. */
    @Test
    void aBatchClaimsTheBudgetPerLineNotForTheWhole() {
        byte[] withinBatchLimit = LINE.repeat(20).getBytes(StandardCharsets.UTF_8); // 14 KB, claims 340 KB whole
        NdjsonBatchTest.ndjson()
                .body(withinBatchLimit)
                .post("/tag")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("\"status\":503")));
    }
}
