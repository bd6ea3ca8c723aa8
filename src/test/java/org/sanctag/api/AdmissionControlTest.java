package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Past the in-flight budget a request gets 503 with Retry-After, and the budget comes back when the
 * request holding it ends. The budget is 20K here, so one request whose body is still arriving fills it.
 */
@QuarkusTest
@TestProfile(AdmissionControlTest.SmallBudget.class)
class AdmissionControlTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sanctag.limits.in-flight-budget", "20K");
        }
    }

    @Test
    void requestsThatFinishGiveTheirClaimBack() {
        for (int i = 0; i < 5; i++) {
            given().contentType("text/plain; charset=utf-8")
                    .body("Kim Jong Un was given a Rolex. ".repeat(40))
                    .when()
                    .post("/tag")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aRequestPastTheBudgetGets503WithRetryAfterUntilTheBudgetComesBack() throws Exception {
        try (Socket slow = new Socket("127.0.0.1", RestAssured.port)) {
            // Admitted alone (24 KB claimed against 20K): it holds the budget while its body is awaited.
            OutputStream out = slow.getOutputStream();
            out.write(("POST /tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                            + "Content-Length: 1000\r\n\r\nKim Jong Un")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(500);

            given().contentType("text/plain; charset=utf-8")
                    .body("Kim Jong Un was given a Rolex.")
                    .when()
                    .post("/tag")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "1")
                    .contentType("application/problem+json")
                    .body("status", is(503))
                    .body("detail", containsString("sanctag.limits.in-flight-budget"));
        }
        // The stalled request's connection is gone, and its claim with it.
        for (int attempt = 0; attempt < 50; attempt++) {
            int status = given().contentType("text/plain; charset=utf-8")
                    .body("Kim Jong Un was given a Rolex.")
                    .when()
                    .post("/tag")
                    .statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the budget never came back after the stalled request ended");
    }
}
