package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs the README's {@code ?rulesets=} curl example on the bundled rule sets and checks what the README says of it. */
@QuarkusTest
class RuleSetsReadmeExampleTest {

    private static final Pattern CURL = Pattern.compile(
            "curl -s 'localhost:8080/tag\\?rulesets=([^']+)' -H 'Content-Type: ([^']+)' --data-binary '([^']+)'");

    @Test
    void readmeSaysWhatItsRuleSetsExampleAnswers() throws Exception {
        Matcher curl = CURL.matcher(Files.readString(Path.of("README.md")));
        assertTrue(curl.find(), "README.md has no curl example with ?rulesets=");

        JsonPath answer = given().contentType(curl.group(2))
                .queryParam("rulesets", curl.group(1))
                .body(curl.group(3))
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(List.of("eu-dprk-luxury", "un-dprk-luxury"), answer.getList("ruleset.id"));
        assertEquals(List.of("eu-dprk-luxury", "un-dprk-luxury"), answer.getList("passages[0].rulesets"));
        assertEquals(
                List.of("Rolex", "Rolex", "bottles", "Hennessy cognac"),
                answer.getList("passages[0].matches.text"),
                answer.prettify());
        assertEquals(
                List.of("eu-dprk-luxury", "un-dprk-luxury", "eu-dprk-luxury", "eu-dprk-luxury"),
                answer.getList("passages[0].matches.ruleset"));
    }
}
