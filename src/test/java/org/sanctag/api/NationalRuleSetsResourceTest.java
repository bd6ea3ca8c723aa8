package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The bundled national rule sets through HTTP: chosen per request, each answer naming its lists. */
@QuarkusTest
class NationalRuleSetsResourceTest {

    private static final String TEXT_PLAIN = "text/plain; charset=utf-8";

    private static final String COGNAC =
            "Customs officers in Hamburg seized 1,500 bottles of cognac and a Rolex watch bound for Pyongyang.";

    @Test
    void cognacFallsUnderTheEuAndUsListsAndTheWatchUnderTheUnOneToo() {
        given().contentType(TEXT_PLAIN)
                .queryParam("rulesets", "un-dprk-luxury,eu-dprk-luxury,us-dprk-luxury")
                .body(COGNAC)
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("flagged", is(true))
                .body("ruleset.id", contains("un-dprk-luxury", "eu-dprk-luxury", "us-dprk-luxury"))
                .body("passages[0].rulesets", contains("un-dprk-luxury", "eu-dprk-luxury", "us-dprk-luxury"))
                .body("passages[0].categories", hasItems("alcohol", "watches"))
                .body(
                        "passages[0].matches.findAll { it.text == 'cognac' }.ruleset",
                        contains("eu-dprk-luxury", "us-dprk-luxury"));
    }

    @Test
    void cognacAloneIsNotFlaggedUnderTheDefaultUnSet() {
        given().contentType(TEXT_PLAIN)
                .body("Customs officers in Hamburg seized 1,500 bottles of cognac bound for Pyongyang.")
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("flagged", is(false))
                .body("ruleset.id", contains("un-dprk-luxury"))
                .body("passages", empty());
    }

    @Test
    void beefIsFlaggedUnderJapanAndNotUnderTheEuOrTheUs() {
        String beef = "Osaka police say the wholesaler exported two tonnes of beef to North Korea via Dalian.";
        given().contentType(TEXT_PLAIN)
                .queryParam("rulesets", "jp-dprk-luxury")
                .body(beef)
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("flagged", is(true))
                .body("passages[0].categories", contains("beef_tuna"))
                .body("passages[0].matches.ruleset", everyItem(is("jp-dprk-luxury")));
        given().contentType(TEXT_PLAIN)
                .queryParam("rulesets", "eu-dprk-luxury,us-dprk-luxury,uk-dprk-luxury")
                .body(beef)
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("flagged", is(false));
    }

    @Test
    void theTrapsAreNotFlaggedUnderAnyList() {
        String traps = "Hennessy said North Korea would not change course. A wholesaler based in the Champagne"
                + " region denied any dealings with Pyongyang. Washington will not lift sanctions on North Korea"
                + " while its officials' children take piano lessons in Pyongyang.";
        given().contentType(TEXT_PLAIN)
                .queryParam(
                        "rulesets",
                        "un-dprk-luxury,eu-dprk-luxury,us-dprk-luxury,uk-dprk-luxury,"
                                + "jp-dprk-luxury,ca-dprk-luxury")
                .body(traps)
                .when()
                .post("/tag")
                .then()
                .statusCode(200)
                .body("flagged", is(false))
                .body("passages", empty());
    }

    @Test
    void rulesListsTheNationalSetsWithTheirJurisdictions() {
        given().when()
                .get("/rules")
                .then()
                .statusCode(200)
                .body(containsString("\"eu-dprk-luxury\""))
                .body(containsString("\"European Union\""))
                .body(containsString("\"ca-dprk-luxury\""))
                .body(containsString("SOR/2006-287"));
    }
}
