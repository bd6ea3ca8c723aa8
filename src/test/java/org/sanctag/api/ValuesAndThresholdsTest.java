package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The amounts a passage states and the value thresholds of its goods, through HTTP. */
@QuarkusTest
class ValuesAndThresholdsTest {

    private static ValidatableResponse tag(String text, boolean explain) {
        return post("/tag?explain=" + explain, text);
    }

    private static ValidatableResponse post(String path, String text) {
        return given().contentType("text/plain; charset=utf-8")
                .body(text)
                .when()
                .post(path)
                .then()
                .statusCode(200);
    }

    @Test
    void aSnowmobileBelowTheThresholdLowersThePassageAndTheExplanationSaysWhy() {
        String text = "Customs officers seized a snowmobile worth $1,500 bound for North Korea.";
        tag(text, true)
                .body("passages", hasSize(1))
                .body("passages[0].relevance", is("medium"))
                .body("passages[0].amounts", hasSize(1))
                .body("passages[0].amounts[0].kind", is("money"))
                .body("passages[0].amounts[0].text", is("$1,500"))
                .body("passages[0].amounts[0].start", is(text.indexOf("$1,500")))
                .body("passages[0].amounts[0].value", is(1500))
                .body("passages[0].amounts[0].currency", is("USD"))
                .body("passages[0].thresholds", hasSize(1))
                .body("passages[0].thresholds[0].ruleset", is("un-dprk-luxury"))
                .body("passages[0].thresholds[0].category", is("snowmobiles"))
                .body("passages[0].thresholds[0].outcome", is("below"))
                .body("passages[0].thresholds[0].above", is(2000))
                .body("passages[0].thresholds[0].currency", is("USD"))
                .body("explanation.find { it.verdict == 'accepted' }.relevance", is("medium"))
                .body(
                        "explanation.find { it.verdict == 'accepted' }.relevanceReason",
                        containsString("lowered one step: the stated value '$1,500' is not above USD 2,000"));
    }

    @Test
    void aSnowmobileAboveTheThresholdKeepsItsRelevance() {
        tag("Customs officers seized a snowmobile worth $3,000 bound for North Korea.", true)
                .body("passages[0].relevance", is("high"))
                .body("passages[0].amounts[0].value", is(3000))
                .body("passages[0].thresholds[0].outcome", is("above"))
                .body("explanation.relevanceReason", everyItem(not(containsString("lowered"))));
    }

    @Test
    void aSnowmobileWithoutAPriceIsNotStated() {
        tag("Customs officers seized a snowmobile bound for North Korea.", false)
                .body("passages[0].relevance", is("high"))
                .body("passages[0].amounts", empty())
                .body("passages[0].thresholds[0].outcome", is("not_stated"));
    }

    @Test
    void aRugPricedInEurosIsOtherCurrencyNeverConverted() {
        tag("A trader in Dandong sold a rug valued at €450 to a buyer from North Korea.", false)
                .body("passages[0].amounts[0].currency", is("EUR"))
                .body("passages[0].amounts[0].value", is(450))
                .body("passages[0].thresholds[0].category", is("rugs_tapestries"))
                .body("passages[0].thresholds[0].outcome", is("other_currency"))
                .body("passages[0].relevance", is("high"));
    }

    @Test
    void limousinesAreCountedWithTheirUnit() {
        tag("Kim Jong Un arrived in two Maybach limousines.", false)
                .body("passages[0].amounts", hasSize(1))
                .body("passages[0].amounts[0].kind", is("count"))
                .body("passages[0].amounts[0].text", is("two Maybach limousines"))
                .body("passages[0].amounts[0].value", is(2))
                .body("passages[0].amounts[0].unit", is("limousines"))
                .body("passages[0].amounts[0].currency", is((Object) null))
                .body("passages[0].thresholds", empty());
    }

    @Test
    void bottlesOfVodkaAreCountedUnderTheEuListThatNamesThem() {
        post("/tag?rulesets=eu-dprk-luxury", "Dutch customs seized 90,000 bottles of vodka bound for North Korea.")
                .body("passages[0].amounts[0].text", is("90,000 bottles of vodka"))
                .body("passages[0].amounts[0].value", is(90000))
                .body("passages[0].amounts[0].unit", is("bottles"))
                .body("passages[0].thresholds", empty());
    }

    @Test
    void koreanWonAndCountersAreStatedWithTheirOffsets() {
        String text = "북한 김정은이 1억 원짜리 마이바흐 2대를 들여왔다.";
        tag(text, false)
                .body("passages[0].amounts", hasSize(2))
                .body("passages[0].amounts[0].text", is("1억 원"))
                .body("passages[0].amounts[0].start", is(text.indexOf("1억")))
                .body("passages[0].amounts[0].value", is(100000000))
                .body("passages[0].amounts[0].currency", is("KRW"))
                .body("passages[0].amounts[1].text", is("마이바흐 2대"))
                .body("passages[0].amounts[1].value", is(2));
    }
}
