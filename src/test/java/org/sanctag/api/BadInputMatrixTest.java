package org.sanctag.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of odd or malformed request the adversarial testing of issue 9 sent, and more, over a
 * raw socket: each gets the status it deserves and, wherever sanctag answers, problem+json with a
 * detail a person can act on, naming no library, class or feature.
 */
@QuarkusTest
class BadInputMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a detail must never show: library, class or package names, or a stack trace. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Jackson|jackson|Feature|JsonNode|com\\.fasterxml|org\\.|java\\.|io\\.vertx|resteasy|\\tat ");

    private static final String FLAGGED = "Kim Jong Un was driven to Pyongyang in a Rolls-Royce Phantom.";
    private static final int ONE_MIB = 1024 * 1024;

    /** One request and what it must get. {@code problem}: the answer must be problem+json. */
    record Case(
            String name,
            String head,
            byte[] body,
            int status,
            boolean problem,
            String detail,
            Consumer<RawHttp.Answer> more) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Malformed JSON.
        json(cases, "unclosed object", "{\"text\": \"a limousine\"", 400, "ends before it is complete");
        json(cases, "trailing garbage", "{\"text\":\"x\"} garbage", 400, "more after the JSON object");
        json(cases, "a second object after the first", "{\"text\":\"x\"}{\"text\":\"y\"}", 400, "more after");
        json(cases, "duplicate text key", "{\"text\":\"harmless\",\"text\":\"" + FLAGGED + "\"}", 400, "appears twice");
        json(cases, "duplicate id key", "{\"text\":\"x\",\"id\":\"a\",\"id\":\"b\"}", 400, "appears twice");
        json(cases, "NaN", "{\"text\":\"x\",\"id\":NaN}", 400, "NaN and Infinity are not JSON values");
        json(cases, "Infinity", "{\"text\":\"x\",\"id\":-Infinity}", 400, "not JSON values");
        json(cases, "a comment", "{\"text\":\"x\" /* note */}", 400, "JSON has no comments");
        json(cases, "a line comment after the object", "{\"text\":\"x\"} // note", 400, "more after the JSON object");
        json(cases, "single quotes", "{'text':'x'}", 400, "double quotes");
        json(cases, "unquoted field name", "{text:\"x\"}", 400, "double quotes");
        json(cases, "trailing comma", "{\"text\":\"x\",}", 400, "double quotes");
        json(cases, "nested 1001 arrays", "[".repeat(1001) + "]".repeat(1001), 400, "nested deeper than 64 levels");
        json(
                cases,
                "nested objects in id",
                "{\"text\":\"x\",\"id\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}",
                400,
                "nested deeper than 64");
        json(
                cases,
                "a number of 1001 digits",
                "{\"text\":\"x\",\"id\":" + "7".repeat(1001) + "}",
                400,
                "more than 100 digits");
        json(cases, "an array", "[\"x\"]", 400, "must be a JSON object");
        json(cases, "a string", "\"" + FLAGGED + "\"", 400, "must be a JSON object");
        json(cases, "a number", "42", 400, "must be a JSON object");
        json(cases, "null", "null", 400, "must be a JSON object");
        json(cases, "true", "true", 400, "must be a JSON object");
        json(cases, "an empty body", "", 400, "The body is empty");
        json(cases, "white space only", " \n\t ", 400, "The body is empty");
        json(cases, "plain words sent as JSON", FLAGGED, 400, "use Content-Type: text/plain");
        json(cases, "a raw control character in a string", "{\"text\":\"a\u0001b\"}", 400, "control character");
        json(cases, "an unknown escape", "{\"text\":\"a\\qb\"}", 400, "escape JSON does not know");
        // Fields.
        json(cases, "no text", "{\"id\":\"a\"}", 400, "The field 'text' is missing");
        json(cases, "text null", "{\"text\":null}", 400, "The field 'text' is missing");
        json(cases, "text a number", "{\"text\":42}", 400, "not a number");
        json(cases, "text an array", "{\"text\":[\"x\"]}", 400, "not an array");
        json(cases, "text an object", "{\"text\":{\"a\":1}}", 400, "not an object");
        json(cases, "text a boolean", "{\"text\":true}", 400, "not a boolean");
        json(cases, "id a number", "{\"text\":\"x\",\"id\":7}", 400, "'id' must be a JSON string");
        json(cases, "id an object", "{\"text\":\"x\",\"id\":{}}", 400, "'id' must be a JSON string");
        json(
                cases,
                "id of 257 letters",
                "{\"text\":\"x\",\"id\":\"" + "a".repeat(257) + "\"}",
                400,
                "longer than 256 characters");
        json(cases, "id of 257 emoji", "{\"text\":\"x\",\"id\":\"" + "😀".repeat(257) + "\"}", 400, "longer than 256");
        json(cases, "id of 200 emoji is fine", "{\"text\":\"x\",\"id\":\"" + "😀".repeat(200) + "\"}", 200, null);
        json(cases, "an unknown field", "{\"text\":\"x\",\"lang\":\"en\"}", 400, "Unknown field 'lang'");
        json(cases, "a byte order mark before the object", "\uFEFF{\"text\":\"" + FLAGGED + "\"}", 200, null);
        // Encodings.
        post(
                cases,
                "invalid UTF-8 in JSON",
                "application/json",
                bytes("{\"text\":\"", new byte[] {(byte) 0xC3, 0x28}, "\"}"),
                400,
                "not valid UTF-8");
        post(
                cases,
                "an overlong UTF-8 form",
                "application/json",
                bytes("{\"text\":\"", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}"),
                400,
                "not valid UTF-8");
        post(
                cases,
                "a UTF-8 encoded surrogate",
                "text/plain",
                bytes("Kim ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, ""),
                400,
                "not valid UTF-8");
        post(
                cases,
                "a truncated multi-byte character",
                "text/plain",
                bytes("Kim ", new byte[] {(byte) 0xE2, (byte) 0x82}, ""),
                400,
                "not valid UTF-8");
        post(
                cases,
                "Latin-1 bytes as text",
                "text/plain",
                bytes("Caf", new byte[] {(byte) 0xE9}, " in Pyongyang"),
                400,
                "not valid UTF-8");
        post(
                cases,
                "JSON with charset utf-8",
                "application/json; charset=utf-8",
                utf8("{\"text\":\"" + FLAGGED + "\"}"),
                200,
                null);
        post(
                cases,
                "JSON with charset latin-1",
                "application/json; charset=ISO-8859-1",
                utf8("{\"text\":\"x\"}"),
                415,
                "must be UTF-8");
        post(cases, "text with charset utf-16", "text/plain; charset=UTF-16", utf8("x"), 415, "must be UTF-8");
        post(cases, "empty plain text", "text/plain", new byte[0], 200, null);
        post(cases, "plain text", "text/plain", utf8(FLAGGED), 200, null);
        // Media types.
        send(
                cases,
                "no Content-Type",
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + FLAGGED.length(),
                utf8(FLAGGED),
                415,
                true,
                "has no Content-Type");
        post(cases, "XML", "application/xml", utf8("<text>x</text>"), 415, "application/json");
        post(cases, "a form", "application/x-www-form-urlencoded", utf8("text=x"), 415, "application/json");
        post(cases, "multipart", "multipart/form-data; boundary=b", utf8("--b--"), 415, "application/json");
        post(cases, "a media type that is not one", "nonsense", utf8("x"), 415, "application/json");
        send(
                cases,
                "Accept without JSON",
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nContent-Type: text/plain\r\nContent-Length: 1",
                utf8("x"),
                406,
                true,
                "application/json");
        // The explain parameter.
        query(cases, "explain=yes", "/tag?explain=yes", 400, "must be true or false");
        query(cases, "explain=1", "/tag?explain=1", 400, "must be true or false");
        cases.add(new Case(
                "a bare ?explain means true",
                tag("/tag?explain", "text/plain", utf8(FLAGGED)),
                utf8(FLAGGED),
                200,
                false,
                null,
                answer -> assertTrue(answer.bodyText().contains("\"explanation\":["), answer.bodyText())));
        cases.add(new Case(
                "explain=false has no explanation",
                tag("/tag?explain=false", "text/plain", utf8(FLAGGED)),
                utf8(FLAGGED),
                200,
                false,
                null,
                answer -> assertFalse(answer.bodyText().contains("explanation"), answer.bodyText())));
        // Sizes.
        send(
                cases,
                "a Content-Length over the limit",
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: " + (ONE_MIB + 1),
                new byte[0],
                413,
                true,
                "larger than the limit of 1048576 bytes");
        send(
                cases,
                "a chunked body over the limit",
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked",
                chunked(ONE_MIB + 10),
                413,
                true,
                "larger than the limit");
        post(cases, "a body of exactly the limit", "text/plain", utf8("a ".repeat(ONE_MIB / 2)), 200, null);
        // Methods and paths.
        method(cases, "GET /tag", "GET", "/tag", 405, "not allowed");
        method(cases, "PUT /tag", "PUT", "/tag", 405, "not allowed");
        method(cases, "DELETE /tag", "DELETE", "/tag", 405, "not allowed");
        method(cases, "PATCH /tag", "PATCH", "/tag", 405, "not allowed");
        cases.add(new Case(
                "HEAD /tag is refused like GET",
                "HEAD /tag HTTP/1.1\r\nHost: localhost",
                new byte[0],
                405,
                false,
                null,
                answer -> {}));
        cases.add(new Case(
                "OPTIONS /tag lists the methods",
                "OPTIONS /tag HTTP/1.1\r\nHost: localhost",
                new byte[0],
                204,
                false,
                null,
                answer -> assertEquals("OPTIONS, POST", answer.header("Allow"))));
        method(cases, "an unknown path", "GET", "/nothing-here", 404, "POST /tag");
        method(cases, "a path below /tag", "POST", "/tag/extra", 404, "POST /tag");
        method(cases, "POST /rules", "POST", "/rules", 405, "not allowed");
        cases.add(new Case(
                "GET /rules", "GET /rules HTTP/1.1\r\nHost: localhost", new byte[0], 200, false, null, answer -> {}));
        // Origins.
        send(
                cases,
                "a page of another origin",
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nOrigin: https://elsewhere.example\r\nContent-Type: text/plain\r\nContent-Length: 1",
                utf8("x"),
                403,
                true,
                "another origin");
        send(
                cases,
                "an opaque origin",
                "POST /tag HTTP/1.1\r\nHost: localhost\r\nOrigin: null\r\nContent-Type: text/plain\r\nContent-Length: 1",
                utf8("x"),
                403,
                true,
                "another origin");
        cases.add(new Case(
                "a page of the same origin",
                "POST /tag HTTP/1.1\r\nHost: localhost:PORT\r\nOrigin: http://localhost:PORT\r\nContent-Type: text/plain\r\nContent-Length: 1",
                utf8("x"),
                200,
                false,
                null,
                answer -> {}));
        // The HTTP layer answers these before sanctag sees them, with empty bodies (documented in README).
        cases.add(new Case(
                "a 10 KB URL",
                "GET /tag?" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: localhost",
                new byte[0],
                414,
                false,
                null,
                answer -> {}));
        cases.add(new Case(
                "30 KB of headers",
                "GET /rules HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(30_000),
                new byte[0],
                431,
                false,
                null,
                answer -> {}));
        cases.add(new Case("a request line that is not HTTP", "HELLO", new byte[0], 400, false, null, answer -> {}));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersEveryOddRequestClearly(Case request) throws Exception {
        int port = RestAssured.port;
        RawHttp.Answer answer =
                RawHttp.exchange(port, request.head().replace("PORT", String.valueOf(port)), request.body());
        String shown = answer.status() + " " + answer.headers() + "\n" + answer.bodyText();
        assertEquals(request.status(), answer.status(), shown);
        if (request.problem() || request.status() < 400) {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), "every answer carries nosniff: " + shown);
        }
        if (request.problem()) {
            assertNotNull(answer.header("Content-Type"), shown);
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), shown);
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals(request.status(), problem.path("status").asInt(), shown);
            assertEquals("about:blank", problem.path("type").asText(), shown);
            assertFalse(problem.path("title").asText().isBlank(), shown);
            String detail = problem.path("detail").asText();
            assertTrue(detail.length() >= 20 && detail.endsWith("."), "a sentence a person can act on: " + detail);
            assertFalse(INTERNALS.matcher(detail).find(), "no internals in: " + detail);
            if (request.detail() != null) {
                assertTrue(detail.contains(request.detail()), "'" + request.detail() + "' in: " + detail);
            }
        }
        if (request.more() != null) {
            request.more().accept(answer);
        }
    }

    private static void json(List<Case> cases, String name, String body, int status, String detail) {
        post(cases, name, "application/json", utf8(body), status, detail);
    }

    private static void post(
            List<Case> cases, String name, String contentType, byte[] body, int status, String detail) {
        cases.add(new Case(name, tag("/tag", contentType, body), body, status, status != 200, detail, null));
    }

    private static void query(List<Case> cases, String name, String path, int status, String detail) {
        byte[] body = utf8(FLAGGED);
        cases.add(new Case(name, tag(path, "text/plain", body), body, status, true, detail, null));
    }

    private static void method(List<Case> cases, String name, String method, String path, int status, String detail) {
        cases.add(new Case(
                name,
                method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1",
                utf8("x"),
                status,
                true,
                detail,
                null));
    }

    private static void send(
            List<Case> cases, String name, String head, byte[] body, int status, boolean problem, String detail) {
        cases.add(new Case(name, head, body, status, problem, detail, null));
    }

    private static String tag(String path, String contentType, byte[] body) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(before));
        out.writeBytes(middle);
        out.writeBytes(utf8(after));
        return out.toByteArray();
    }

    /** A chunked body of {@code size} bytes of text in 64 KiB chunks, with its last chunk. */
    private static byte[] chunked(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = "a ".repeat(32 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int sent = 0; sent < size; sent += chunk.length) {
            out.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(chunk);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
