package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagResourceTest {

    static final String AURUS =
            "Russian President Vladimir Putin gave North Korean leader Kim Jong Un an Aurus limousine. "
                    + "South Korea's unification ministry said it was closely monitoring the cooperation.";

    @Test
    void tagsAJsonDocumentAndEchoesItsId() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", AURUS, "id", "wire-42"))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", is("wire-42"))
                .body("flagged", is(true))
                .body("relevance", is("high"))
                .body("ruleset.id", contains("un-dprk-luxury"))
                .body("ruleset[0].digest", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("passages[0].rulesets", contains("un-dprk-luxury"))
                .body("passages[0].matches.ruleset", everyItem(is("un-dprk-luxury")))
                .body("passages.size()", is(1))
                .body("passages[0].start", is(0))
                .body("passages[0].end", is(89))
                .body("passages[0].categories", contains("vehicles"))
                .body("passages[0].matches.text", hasItem("limousine"))
                .body("passages[0].signals.kind", hasItem("jurisdiction"))
                .body("categories[0].id", is("vehicles"))
                .body("categories[0].passages", is(1));
    }

    @Test
    void answersALargeDocumentTaggedOnTheWorkersInTheSameWireFormat() {
        // Over sanctag.limits.large-document-size (64K): tagged and written to bytes on a worker.
        String text = "Kim Jong Un was driven in a Rolls-Royce Phantom to Pyongyang. ".repeat(1_200);
        given().contentType(ContentType.JSON)
                .body(java.util.Map.of("id", "large-1", "text", text))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", is("large-1"))
                .body("relevance", is("high"))
                .body("truncated", is(false))
                .body("passages.size()", is(1_200))
                .body("passages[0].signals[0].kind", is("jurisdiction"));
    }

    @Test
    void tagsAPlainTextDocument() {
        given().contentType("text/plain; charset=UTF-8")
                .body(AURUS)
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("id", nullValue())
                .body("flagged", is(true))
                .body("passages[0].categories", contains("vehicles"));
    }

    /** The README's explain example, verdict by verdict. */
    @Test
    void explainsEveryCandidateWhenAsked() {
        String text = "Kim Jong Un watched the launch from his Mercedes-Maybach. Veterans met at Pearl Harbor.";
        given().contentType("text/plain; charset=UTF-8")
                .body(text)
                .when()
                .post("/tag?explain=true")
                .then()
                .statusCode(200)
                .body("passages.size()", is(1))
                .body("explanation.find { it.text == 'Mercedes-Maybach' }.verdict", is("accepted"))
                .body("explanation.find { it.text == 'Mercedes-Maybach' }.relevance", is("high"))
                .body(
                        "explanation.find { it.text == 'Mercedes-Maybach' }.relevanceReason",
                        is("the sentence names the jurisdiction: 'Kim Jong Un'"))
                .body("explanation.find { it.text == 'Maybach' }.verdict", is("overlapped"))
                .body("explanation.find { it.text == 'Mercedes' }.verdict", is("no_near_context"))
                .body("explanation.find { it.rule == 'jewellery.pearl' }.verdict", is("excluded"))
                .body(
                        "explanation.find { it.rule == 'jewellery.pearl' }.reason",
                        matchesPattern("'Pearl Harbor' overlaps it.*"))
                .body("explanation.text", not(hasItem("watched")));
    }

    @Test
    void leavesTheExplanationOutUnlessAsked() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", AURUS))
                .when()
                .post("/tag?explain=false")
                .then()
                .statusCode(200)
                .body("passages.size()", is(1))
                .body("explanation", nullValue());
    }

    @Test
    void rejectsAnExplainValueThatIsNotABoolean() {
        problem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("text", AURUS))
                        .queryParam("explain", "yes"),
                400,
                "The query parameter 'explain' must be true or false, not 'yes'.");
    }

    @Test
    void answersBlankTextWithNoPassages() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "  \n "))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("flagged", is(false))
                .body("relevance", is("none"))
                .body("passages", empty())
                .body("categories", empty());
    }

    @Test
    void rejectsMalformedJson() {
        problem(
                given().contentType(ContentType.JSON).body("{\"text\": \"a limousine\""),
                400,
                "The JSON ends before it is complete");
    }

    @Test
    void rejectsAMissingText() {
        problem(given().contentType(ContentType.JSON).body("{\"id\": \"x\"}"), 400, "The field 'text' is missing");
    }

    @Test
    void rejectsATextThatIsNotAString() {
        problem(
                given().contentType(ContentType.JSON).body("{\"text\": 42}"),
                400,
                "must be a JSON string, not a number");
    }

    @Test
    void rejectsAnUnknownField() {
        problem(given().contentType(ContentType.JSON).body("{\"txt\": \"a limousine\"}"), 400, "Unknown field 'txt'");
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        problem(given().contentType(ContentType.JSON).body("[\"a limousine\"]"), 400, "must be a JSON object");
    }

    @Test
    void rejectsInvalidUtf8InPlainText() {
        byte[] body = {'a', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'c', 'a', 'r'};
        problem(plainText().body(body), 400, "not valid UTF-8");
    }

    @Test
    void rejectsInvalidUtf8InJson() {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'};
        problem(given().contentType(ContentType.JSON).body(body), 400, "not valid UTF-8");
    }

    @Test
    void rejectsACharsetOtherThanUtf8() {
        problem(given().contentType("text/plain; charset=ISO-8859-1").body("a limousine"), 415, "must be UTF-8");
    }

    @Test
    void rejectsAnUnsupportedMediaType() {
        problem(given().contentType("application/xml").body("<text>a limousine</text>"), 415, "application/json");
    }

    @Test
    void rejectsABodyOverTheLimitAndNamesTheLimit() {
        String huge = "x".repeat(1024 * 1024 + 1);
        problem(plainText().body(huge), 413, "1048576 bytes");
    }

    @Test
    void rejectsAChunkedBodyOverTheLimit() {
        InputStream endless =
                new ByteArrayInputStream("limousine ".repeat(120_000).getBytes(StandardCharsets.UTF_8));
        problem(plainText().body(endless), 413, "1048576 bytes");
    }

    @Test
    void readsPlainTextWithoutACharsetAsUtf8() {
        plainText()
                .body("Kim Jong Un’s Rolls–Royce Phantom".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("passages[0].matches[0].text", is("Rolls–Royce Phantom"));
    }

    /** text/plain without a charset: REST Assured would otherwise add ISO-8859-1. */
    private static RequestSpecification plainText() {
        return given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/plain");
    }

    @Test
    void rejectsTheWrongMethod() {
        given().when().get("/tag").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void answersAnUnknownPathWithAProblem() {
        given().when()
                .get("/tags")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("POST /tag"));
    }

    @Test
    void answersAnIdThatIsTooLongWithAClearError() {
        problem(
                given().contentType(ContentType.JSON).body(Map.of("text", "a", "id", "x".repeat(300))),
                400,
                "longer than 256");
    }

    @Test
    void everyOffsetCutsOutItsTextInCodePoints() {
        String text = "🇰🇵 Pyongyang 🚗 news. Kim’s 🚗 Rolls–Royce Phantom 😀 arrived.";
        int[] codePoints = text.codePoints().toArray();
        var passages = given().contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("passages", Map.class);
        org.junit.jupiter.api.Assertions.assertEquals(1, passages.size());
        Map<?, ?> passage = passages.get(0);
        int start = (Integer) passage.get("start");
        int end = (Integer) passage.get("end");
        org.junit.jupiter.api.Assertions.assertEquals(passage.get("text"), new String(codePoints, start, end - start));
        for (Object match : (List<?>) passage.get("matches")) {
            Map<?, ?> m = (Map<?, ?>) match;
            int s = (Integer) m.get("start");
            int e = (Integer) m.get("end");
            org.junit.jupiter.api.Assertions.assertEquals(m.get("text"), new String(codePoints, s, e - s));
        }
    }

    static void problem(io.restassured.specification.RequestSpecification request, int status, String detail) {
        request.when()
                .post("/tag")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", is("about:blank"))
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()))
                .body("detail", org.hamcrest.Matchers.containsString(detail))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception")));
    }
}
