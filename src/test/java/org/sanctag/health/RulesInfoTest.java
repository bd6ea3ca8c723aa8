package org.sanctag.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code /q/info} names the build and the rule set that serves, as {@code GET /rules} does. */
@QuarkusTest
class RulesInfoTest {

    @Test
    void namesTheBuildVersionAndTheServingRuleSet() {
        String version = given().get("/rules").path("version");
        String digest = given().get("/rules").path("digest");
        given().get("/q/info")
                .then()
                .statusCode(200)
                .body("build.artifact", equalTo("sanctag"))
                .body("build.version", equalTo("1.0.0-SNAPSHOT"))
                .body("rules.id", equalTo("un-dprk-luxury"))
                .body("rules.version", equalTo(version))
                .body("rules.digest", equalTo(digest))
                .body("rules.terms", greaterThan(1000))
                .body("rules.watching", equalTo(false));
    }

    @Test
    void theBundledRulesAreNotWatchedAndTheReloadCheckSaysSo() {
        given().get("/q/health/well")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'rules-reload' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rules-reload' }.data.watching", equalTo(false));
    }
}
