package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** With {@code quarkus.http.access-log.enabled=true}: one line per request, and no article text in it. */
@QuarkusTest
@TestProfile(AccessLogTest.AccessLogOn.class)
class AccessLogTest {

    public static class AccessLogOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true");
        }
    }

    @Test
    void logsMethodPathStatusBytesAndTimeButNeverTheArticle() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger accessLog = Logger.getLogger("io.quarkus.http.access-log");
        accessLog.addHandler(capture);
        try {
            given().contentType(ContentType.JSON)
                    .body("{\"text\": \"Kim Jong Un wore a secret-word Rolex.\"}")
                    .post("/tag?explain=true")
                    .then()
                    .statusCode(200);
            for (int i = 0; i < 50 && lines.stream().noneMatch(l -> l.contains("/tag")); i++) {
                Thread.sleep(100);
            }
        } finally {
            accessLog.removeHandler(capture);
        }
        String line = lines.stream().filter(l -> l.contains("/tag")).findFirst().orElse("");
        assertTrue(line.matches("POST /tag 200 \\d+ bytes \\d+ ms"), "access log line: '" + line + "' of " + lines);
        assertFalse(line.contains("secret-word") || line.contains("explain"), line);
    }
}
