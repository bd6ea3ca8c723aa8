package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service started on a directory of three rule sets (the UN file and the two test sets that include
 * it): {@code rulesets} on POST /tag, NDJSON batches, GET /rules and GET /rules/{id}.
 */
@QuarkusTest
@TestProfile(RuleSetsResourceTest.ThreeRuleSets.class)
class RuleSetsResourceTest {

    /** A directory with a copy of the bundled UN file beside the test sets, as an operator would set one up. */
    public static class ThreeRuleSets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("sanctag-rulesets");
                Files.copy(Path.of("rules/un-dprk-luxury.yaml"), dir.resolve("un-dprk-luxury.yaml"));
                for (String name : List.of("test-national.yaml", "test-second.yaml")) {
                    Files.copy(Path.of("src/test/resources/rulesets", name), dir.resolve(name));
                }
                return Map.of("sanctag.rules.directory", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final String VODKA = "Kim Jong Un received a Rolex and 90 bottles of vodka in Pyongyang.";

    @Test
    void tagsAgainstTheChosenSetsInTheOrderChosen() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", VODKA))
                .queryParam("rulesets", "test-national,un-dprk-luxury")
                .post("/tag")
                .then()
                .statusCode(200)
                .body("ruleset.id", contains("test-national", "un-dprk-luxury"))
                .body("passages[0].rulesets", contains("test-national", "un-dprk-luxury"))
                .body("passages[0].categories", contains("watches", "spirits"))
                .body("passages[0].matches.ruleset", contains("test-national", "un-dprk-luxury", "test-national"))
                .body("categories.ruleset", contains("test-national", "test-national", "un-dprk-luxury"))
                .body("categories.id", contains("watches", "spirits", "watches"));
    }

    @Test
    void aTextBodyTakesTheSameChoiceAndNoChoiceIsTheUnSet() {
        given().contentType("text/plain; charset=utf-8")
                .body(VODKA)
                .queryParam("rulesets", "test-second")
                .post("/tag")
                .then()
                .statusCode(200)
                .body("ruleset.id", contains("test-second"))
                .body("passages[0].matches.text", contains("vodka"));
        given().contentType("text/plain; charset=utf-8")
                .body(VODKA)
                .post("/tag")
                .then()
                .statusCode(200)
                .body("ruleset.id", contains("un-dprk-luxury"))
                .body("passages[0].matches.text", contains("Rolex"))
                .body("passages[0].matches.ruleset", everyItem(is("un-dprk-luxury")));
    }

    @Test
    void duplicatesCountOnce() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", VODKA))
                .queryParam("rulesets", "test-second,test-second")
                .post("/tag")
                .then()
                .statusCode(200)
                .body("ruleset.id", contains("test-second"));
    }

    @Test
    void refusesAnUnknownAnEmptyOrAnEmptyItemListingTheKnownOnes() {
        for (String value : List.of("xx-luxury", "", "un-dprk-luxury,", "un-dprk-luxury,,test-second")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", VODKA))
                    .queryParam("rulesets", value)
                    .post("/tag")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("The query parameter 'rulesets' "))
                    .body(
                            "detail",
                            containsString("test-national, test-second, un-dprk-luxury (default: un-dprk-luxury)"));
        }
    }

    @Test
    void aBatchTakesTheChoiceForEveryLineAndABadChoiceFailsItWhole() {
        String batch =
                "{\"id\": \"1\", \"text\": \"" + VODKA + "\"}\n{\"id\": \"2\", \"text\": \"Cognac for Pyongyang.\"}\n";
        String answer = NdjsonBatchTest.ndjson()
                .queryParam("rulesets", "test-national")
                .body(batch)
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = answer.lines().toList();
        assertEquals(2, lines.size(), answer);
        lines.forEach(line -> assertEquals(true, line.contains("\"ruleset\":[{\"id\":\"test-national\""), line));
        NdjsonBatchTest.ndjson()
                .queryParam("rulesets", "xx-luxury")
                .body(batch)
                .post("/tag")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'xx-luxury', which is not a loaded rule set"));
    }

    @Test
    void listsEverySetWithTheDefaultAndDescribesEachOne() {
        given().get("/rules")
                .then()
                .statusCode(200)
                .body("default", contains("un-dprk-luxury"))
                .body("rulesets.id", contains("test-national", "test-second", "un-dprk-luxury"))
                .body(
                        "rulesets.jurisdiction",
                        contains("A test jurisdiction", "Another test jurisdiction", "United Nations Security Council"))
                .body("rulesets[0].includes", contains("un-dprk-luxury"))
                .body("rulesets[1].includes", contains("test-national"));
        given().get("/rules/test-second")
                .then()
                .statusCode(200)
                .body("id", is("test-second"))
                .body("version", is("2"))
                .body("categories.id", contains("spirits"))
                .body("categories[0].basis", contains("Second test regulation, point 1: spirits (written for a test)"));
        given().get("/rules/xx-luxury")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("test-national, test-second, un-dprk-luxury"));
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'rules' }.data.id", is("test-national,test-second,un-dprk-luxury"));
    }
}
