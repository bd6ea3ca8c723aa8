package org.sanctag.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code POST /tag} with an NDJSON batch: one answer line per input line, each the single answer. */
@QuarkusTest
public class NdjsonBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String KIM_ROLEX = "Kim Jong Un wore a Rolex at the parade.";
    private static final String WATCH_REVIEW = "The new Omega Speedmaster is a fine watch.";

    @Test
    void answersEveryLineExactlyAsASingleRequestInInputOrder() throws Exception {
        List<String> bodies = List.of(
                "{\"id\": \"a\", \"text\": \"" + TagResourceTest.AURUS + "\"}",
                "{\"id\": \"b\", \"text\": \"" + WATCH_REVIEW + "\"}",
                "{\"text\": \"Nothing to see here.\"}");
        List<JsonNode> answers = batch(String.join("\n", bodies) + "\n", "");
        assertEquals(3, answers.size());
        for (int i = 0; i < bodies.size(); i++) {
            assertEquals(single(bodies.get(i), ""), answers.get(i), "line " + (i + 1));
        }
    }

    @Test
    void explainAppliesToEveryLine() throws Exception {
        List<String> bodies =
                List.of("{\"id\": \"a\", \"text\": \"" + KIM_ROLEX + "\"}", "{\"text\": \"" + WATCH_REVIEW + "\"}");
        List<JsonNode> answers = batch(String.join("\n", bodies), "?explain=true");
        for (int i = 0; i < bodies.size(); i++) {
            assertTrue(answers.get(i).has("explanation"), "line " + (i + 1));
            assertEquals(single(bodies.get(i), "?explain=true"), answers.get(i), "line " + (i + 1));
        }
    }

    @Test
    void aBadLineGetsTheSingleRequestsProblemWithItsLineNumberAndBlankLinesAreSkipped() throws Exception {
        String good = "{\"id\": \"a\", \"text\": \"" + KIM_ROLEX + "\"}";
        String malformed = "{\"id\": \"b\", \"text\": \"unclosed}";
        String unknownField = "{\"text\": \"x\", \"colour\": \"red\"}";
        List<JsonNode> answers = batch(good + "\n\n" + malformed + "\r\n  \n" + unknownField + "\n" + good, "");
        assertEquals(4, answers.size());
        assertEquals("a", answers.get(0).get("id").asText());
        assertProblemLine(answers.get(1), malformed, 3);
        assertProblemLine(answers.get(2), unknownField, 5);
        assertEquals(single(good, ""), answers.get(3));
    }

    @Test
    void aLineOverTheBodyLimitIsRefusedAloneWhileTheBatchMayBeLargerThanIt() throws Exception {
        String article = "{\"text\": \"" + KIM_ROLEX + " " + "Filler words about the weather. ".repeat(150) + "\"}";
        StringBuilder body = new StringBuilder();
        int lines = 250; // about 1.2 MB, over the 1 MiB body limit
        for (int i = 0; i < lines; i++) {
            body.append(article).append('\n');
        }
        String tooLong = "{\"text\": \"" + "a".repeat(1024 * 1024) + "\"}";
        body.append(tooLong).append('\n').append(article).append('\n');
        List<JsonNode> answers = batch(body.toString(), "");
        assertEquals(lines + 2, answers.size());
        assertTrue(answers.get(0).get("flagged").asBoolean());
        JsonNode refused = answers.get(lines);
        assertEquals(413, refused.get("status").asInt());
        assertEquals(lines + 1, refused.get("line").asInt());
        assertTrue(refused.get("detail").asText().contains("sanctag.limits.max-body-size"), refused.toString());
        assertTrue(answers.get(lines + 1).get("flagged").asBoolean());
    }

    @Test
    void refusesACharsetOtherThanUtf8AndAnInvalidExplainForTheWholeBatch() {
        ndjson().contentType("application/x-ndjson; charset=ISO-8859-1")
                .body("{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/tag")
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
        ndjson().body("{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8))
                .post("/tag?explain=maybe")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", startsWith("The query parameter 'explain' must be true or false"));
    }

    @Test
    void anEmptyBatchHasAnEmptyAnswer() {
        ndjson().body(new byte[0])
                .post("/tag")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .body(is(""));
    }

    /**
     * Over a raw socket, with a chunked body: the first line's answer is read before the second line
     * is sent, so answers leave while the batch is still arriving.
     */
    @Test
    void answersTheFirstLineBeforeTheLastLineIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(("POST /tag HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            chunk(out, "{\"id\": \"first\", \"text\": \"" + KIM_ROLEX + "\"}\n");

            assertTrue(in.readLine().startsWith("HTTP/1.1 200"));
            String line;
            while (!(line = in.readLine()).isEmpty()) {
                // headers
            }
            String firstAnswer = nextChunk(in);
            assertEquals("first", JSON.readTree(firstAnswer).get("id").asText(), firstAnswer);

            chunk(out, "{\"id\": \"last\", \"text\": \"" + WATCH_REVIEW + "\"}\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String lastAnswer = nextChunk(in);
            assertEquals("last", JSON.readTree(lastAnswer).get("id").asText(), lastAnswer);
            assertEquals("0", in.readLine());
        }
    }

    private static void chunk(OutputStream out, String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One chunk of a chunked answer (sanctag writes each group of answer lines as one). */
    private static String nextChunk(BufferedReader in) throws Exception {
        int size = Integer.parseInt(in.readLine().trim(), 16);
        char[] content = new char[size];
        int read = 0;
        while (read < size) {
            int n = in.read(content, read, size - read);
            assertFalse(n < 0, "the answer ended early");
            read += n;
        }
        in.readLine();
        return new String(content, 0, read).strip();
    }

    private static void assertProblemLine(JsonNode answer, String body, int line) throws Exception {
        JsonNode alone = given().contentType(ContentType.JSON)
                .body(body)
                .post("/tag")
                .then()
                .contentType(Problem.MEDIA_TYPE)
                .extract()
                .as(JsonNode.class);
        ObjectNode expected = ((ObjectNode) alone).deepCopy();
        expected.put("line", line);
        assertEquals(expected, answer);
    }

    public static RequestSpecification ndjson() {
        return given().config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                                .encodeContentTypeAs("application/x-ndjson", ContentType.TEXT)))
                .contentType("application/x-ndjson");
    }

    private static List<JsonNode> batch(String body, String query) throws Exception {
        String answer = ndjson().body(body.getBytes(StandardCharsets.UTF_8))
                .post("/tag" + query)
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : answer.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static JsonNode single(String body, String query) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/tag" + query)
                .then()
                .statusCode(200)
                .extract()
                .as(JsonNode.class);
    }
}
