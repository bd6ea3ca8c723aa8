package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RulesResourceTest {

    @Test
    void describesTheBundledUnRuleSet() {
        given().when()
                .get("/rules")
                .then()
                .statusCode(200)
                .body("default", contains("un-dprk-luxury"))
                .body("rulesets.id", hasItem("un-dprk-luxury"));
        given().when()
                .get("/rules/un-dprk-luxury")
                .then()
                .statusCode(200)
                .body("id", is("un-dprk-luxury"))
                .body("jurisdiction", is("United Nations Security Council"))
                .body("includes", empty())
                .body("digest", matchesPattern("sha256:[0-9a-f]{64}"))
                .body("terms", greaterThan(300))
                .body("signals.jurisdiction", greaterThan(10))
                .body(
                        "categories.id",
                        contains(
                                "vehicles",
                                "racing_cars",
                                "yachts",
                                "watercraft",
                                "snowmobiles",
                                "watches",
                                "jewellery",
                                "lead_crystal",
                                "sports_equipment",
                                "rugs_tapestries",
                                "tableware",
                                "luxury_goods"))
                .body("categories.terms", everyItem(greaterThan(2)))
                .body("categories.basis", everyItem(not(empty())));
    }

    @Test
    void anUnknownRuleSetIsNotFound() {
        given().when()
                .get("/rules/xx-luxury")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        containsString("No rule set 'xx-luxury' is loaded; the loaded ones are un-dprk-luxury"));
    }

    @Test
    void isReadyOnceRulesAreLoaded() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body(
                        "checks.find { it.name == 'rules' }.data.id",
                        is("un-dprk-luxury,eu-dprk-luxury,us-dprk-luxury,ca-dprk-luxury,jp-dprk-luxury,uk-dprk-luxury"))
                .body("checks.find { it.name == 'rules' }.data.default", is("un-dprk-luxury"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}
