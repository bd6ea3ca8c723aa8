package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Posts the curl example of README's "Values and thresholds" and checks the README shows its real answer. */
@QuarkusTest
class ValuesReadmeExampleTest {

    private static final String SECTION = "### Values and thresholds";
    private static final Pattern CURL = Pattern.compile("--data-binary '([^']+)'");
    private static final Pattern ANSWER = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void readmeShowsTheRealAmountsAndThresholdsOfItsExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf(SECTION);
        assertTrue(section >= 0, "README.md has no section '" + SECTION + "'");
        Matcher curl = CURL.matcher(readme);
        assertTrue(curl.find(section), "README.md's values section has no curl example");
        Matcher answer = ANSWER.matcher(readme);
        assertTrue(answer.find(curl.end()), "README.md shows no JSON answer after its values example");

        String actual = given().contentType("text/plain; charset=utf-8")
                .body(curl.group(1))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectMapper json = new ObjectMapper();
        JsonNode passage = json.readTree(actual).at("/passages/0");
        // What the example's jq keeps: '.passages[0] | {relevance, amounts, thresholds}'.
        ObjectNode got = json.createObjectNode();
        got.set("relevance", passage.get("relevance"));
        got.set("amounts", passage.get("amounts"));
        got.set("thresholds", passage.get("thresholds"));
        assertEquals(
                json.readTree(answer.group(1)),
                got,
                "README.md's values example differs from the real answer:\n" + actual);
    }
}
