package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Posts the README's curl example and checks the README shows the real answer. */
@QuarkusTest
class ReadmeExampleTest {

    private static final Pattern CURL = Pattern.compile("curl -s localhost:8080/tag .*-d '(\\{.*})'");
    private static final Pattern ANSWER = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void readmeShowsTheRealAnswerToItsExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher curl = CURL.matcher(readme);
        assertTrue(curl.find(), "README.md has no curl example for /tag");
        Matcher answer = ANSWER.matcher(readme);
        assertTrue(answer.find(curl.end()), "README.md shows no JSON answer after its curl example");

        String actual = given().contentType(ContentType.JSON)
                .body(curl.group(1))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectMapper json = new ObjectMapper();
        ObjectNode expected = (ObjectNode) json.readTree(answer.group(1));
        ObjectNode got = (ObjectNode) json.readTree(actual);
        // The digest changes with every edit of the rule file; the README must show the real one,
        // so that a reader's answer matches it to the byte.
        assertEquals(
                expected.at("/ruleset/0/digest").asText(),
                got.at("/ruleset/0/digest").asText(),
                "README.md's example shows a stale rule-set digest: paste the real one");
        assertEquals(expected, got, "README.md's example answer differs from the real one:\n" + actual);
    }
}
