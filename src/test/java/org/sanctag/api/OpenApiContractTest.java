package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at /q/openapi: a committed snapshot (so a change to the contract shows as a
 * diff; rerun with {@code -Dsanctag.openapi.update=true} to accept one), README's field table, and
 * problem+json for every error.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/openapi-snapshot.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("^\\| (`[^|]+) \\| (.+) \\|$", Pattern.MULTILINE);
    private static final Pattern FIELD = Pattern.compile("`([a-z.\\[\\]]+)`");

    private static JsonNode document() throws Exception {
        return JSON.readTree(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void theDocumentMatchesItsSnapshot() throws Exception {
        JsonNode served = document();
        if (Boolean.getBoolean("sanctag.openapi.update") || !Files.exists(SNAPSHOT)) {
            Files.writeString(SNAPSHOT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertEquals(JSON.readTree(Files.readString(SNAPSHOT)), served, "the contract changed: " + SNAPSHOT);
    }

    @Test
    void everyAnswerFieldHasTheReadmesDescription() throws Exception {
        JsonNode schemas = document().at("/components/schemas");
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("| field | meaning |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Matcher row = ROW.matcher(table);
        int rows = 0;
        while (row.find()) {
            Matcher field = FIELD.matcher(row.group(1));
            String schema = "TagResponse";
            while (field.find()) {
                String name = field.group(1);
                if (name.startsWith("passages[].")) {
                    schema = "Passage";
                    name = name.substring("passages[].".length());
                }
                JsonNode property = schemas.at("/" + schema + "/properties/" + name);
                assertFalse(property.isMissingNode(), schema + " has no field " + name);
                assertEquals(row.group(2), property.get("description").asText(), schema + "." + name);
                rows++;
            }
        }
        assertTrue(rows >= 12, "README's field table was not found");
    }

    @Test
    void everyErrorOfPostTagIsProblemJson() throws Exception {
        JsonNode responses = document().at("/paths/~1tag/post/responses");
        for (String status : List.of("400", "403", "405", "406", "413", "415", "503")) {
            assertEquals(
                    "#/components/schemas/Problem",
                    responses
                            .at("/" + status + "/content/application~1problem+json/schema/$ref")
                            .asText(),
                    status);
        }
        JsonNode content = document().at("/paths/~1tag/post/requestBody/content");
        for (String type : List.of("application~1json", "text~1plain", "application~1x-ndjson")) {
            assertFalse(content.at("/" + type).isMissingNode(), type);
        }
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
