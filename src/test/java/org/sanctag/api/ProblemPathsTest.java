package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The problem answers that no ordinary request reaches: 406, and 500 for a bug in sanctag. */
@QuarkusTest
class ProblemPathsTest {

    @Test
    void anAcceptHeaderWithoutJsonGets406ProblemJson() {
        given().contentType("application/json")
                .accept("text/html")
                .body("{\"text\": \"Kim Jong Un has a Rolls-Royce.\"}")
                .when()
                .post("/tag")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("status", is(406))
                .body("title", is("Not Acceptable"))
                .body("detail", containsString("application/json"));
    }

    @Test
    void anUnexpectedErrorIs500ProblemJsonWithoutItsClassOrMessage() {
        Response response =
                new ProblemMapper().unexpected(new IllegalStateException("index 7 out of bounds in PhraseMatcher"));
        assertEquals(500, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("Internal Server Error", problem.title());
        assertEquals("sanctag failed on this request; the error is in its log.", problem.detail());
        assertFalse(problem.detail().contains("IllegalStateException"));
        assertFalse(problem.detail().contains("PhraseMatcher"));
    }

    @Test
    void anUnknownPathIs404ProblemJsonThatNamesTheEndpoints() {
        given().when()
                .get("/tags")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("POST /tag"))
                .body("detail", not(containsString("Exception")));
    }
}
