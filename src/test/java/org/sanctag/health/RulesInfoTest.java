package org.sanctag.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /q/info} names the build and the rule set that serves, as {@code GET /rules} does. */
@QuarkusTest
class RulesInfoTest {

    @Test
    void namesTheBuildVersionAndTheServingRuleSet() {
        String version = given().get("/rules/un-dprk-luxury").path("version");
        String digest = given().get("/rules/un-dprk-luxury").path("digest");
        given().get("/q/info")
                .then()
                .statusCode(200)
                .body("build.artifact", equalTo("sanctag"))
                .body("build.version", equalTo("1.0.0-SNAPSHOT"))
                .body("rules.default", equalTo(List.of("un-dprk-luxury")))
                .body("rules.rulesets.find { it.id == 'un-dprk-luxury' }.version", equalTo(version))
                .body("rules.rulesets.find { it.id == 'un-dprk-luxury' }.digest", equalTo(digest))
                .body("rules.rulesets.find { it.id == 'un-dprk-luxury' }.terms", greaterThan(1000))
                .body("rules.rulesets.size()", equalTo(6))
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
