package org.sanctag.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

/**
 * Turns a request body into a {@link TagRequest}, strictly, for every way a document arrives (HTTP
 * today, a stream message too): invalid UTF-8, malformed JSON, a duplicate or unknown field, text
 * after the object, a missing or non-string {@code text}, an over-long {@code id} are each an
 * {@link InvalidRequestException} whose detail says what to fix in words of its own, never a
 * parser's.
 */
public final class TagRequests {

    /** How deep JSON may nest; a request is one flat object, so anything deep is a mistake or an attack. */
    static final int MAX_NESTING_DEPTH = 64;
    /** The most digits a JSON number may have. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final ObjectReader READER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .reader();

    private final int maxIdLength;

    public TagRequests(int maxIdLength) {
        this.maxIdLength = maxIdLength;
    }

    /** A {@code text/plain} body: the whole body is the text. */
    public TagRequest fromText(byte[] body) {
        return new TagRequest(utf8(body), null);
    }

    /** An {@code application/json} body: {@code {"text": "...", "id": "..."}}. */
    public TagRequest fromJson(byte[] body) {
        String content = withoutByteOrderMark(utf8(body));
        JsonNode root = readOneValue(content);
        if (root == null || root.isMissingNode()) {
            throw InvalidRequestException.badRequest(
                    "The body is empty; send a JSON object such as {\"text\": \"...\"}.");
        }
        if (!root.isObject()) {
            throw InvalidRequestException.badRequest(
                    "The body must be a JSON object such as {\"text\": \"...\"}, not " + kind(root) + ".");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("text") && !name.equals("id")) {
                throw InvalidRequestException.badRequest(
                        "Unknown field '" + shorten(name) + "'; the fields are 'text' and 'id'.");
            }
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw InvalidRequestException.badRequest("The field 'text' is missing; send {\"text\": \"...\"}.");
        }
        if (!text.isTextual()) {
            throw InvalidRequestException.badRequest("The field 'text' must be a JSON string, not " + kind(text) + ".");
        }
        JsonNode id = root.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw InvalidRequestException.badRequest(
                    "The field 'id' must be a JSON string when given, not " + kind(id) + ".");
        }
        String idText = id == null || id.isNull() ? null : id.textValue();
        if (idText != null && idText.codePointCount(0, idText.length()) > maxIdLength) {
            throw InvalidRequestException.badRequest("The field 'id' is longer than " + maxIdLength
                    + " characters (sanctag.limits.max-id-length); send a shorter reference.");
        }
        return new TagRequest(text.textValue(), idText);
    }

    /** The body's one JSON value; anything after it, even what is not JSON, is "more after the object". */
    private static JsonNode readOneValue(String content) {
        try (JsonParser parser = READER.createParser(content)) {
            JsonNode root = READER.readTree(parser);
            JsonLocation end = parser.currentLocation();
            try {
                if (parser.nextToken() == null) {
                    return root;
                }
            } catch (JsonProcessingException afterTheValue) {
                // Not even a token: still text after the value.
            }
            throw InvalidRequestException.badRequest("There is more after the JSON object"
                    + JsonErrors.where(end, content) + "; send exactly one object.");
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.badRequest(JsonErrors.describe(e, content));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a String cannot fail", e);
        }
    }

    private static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw InvalidRequestException.badRequest("The body is not valid UTF-8 (bad byte sequence near byte "
                    + bytes.position() + "); send UTF-8 text.");
        }
    }

    /**
     * A byte order mark before a JSON text is allowed to be ignored (RFC 8259, 8.1); it stands outside
     * the text's string, so no offset moves. A text/plain body keeps it: it is part of that text.
     */
    private static String withoutByteOrderMark(String content) {
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case OBJECT -> "an object";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    /** Jackson's complaints, in sanctag's words: what is wrong and where, never a feature or class name. */
    static final class JsonErrors {

        private JsonErrors() {}

        static String describe(JsonProcessingException e, String content) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            if (e instanceof StreamConstraintsException) {
                if (message.contains("nesting depth")) {
                    return "The JSON is nested deeper than " + MAX_NESTING_DEPTH
                            + " levels; send one flat object such as {\"text\": \"...\"}.";
                }
                if (message.contains("Number value length")) {
                    return "A number in the JSON has more than " + MAX_NUMBER_LENGTH
                            + " digits; sanctag's fields are strings.";
                }
                return "The JSON is larger than sanctag reads in one value; split the document.";
            }
            String where = where(e.getLocation(), content);
            if (message.startsWith("Duplicate field")) {
                return "A field appears twice" + where + "; send each of 'text' and 'id' at most once.";
            }
            if (message.contains("NaN") || message.contains("Infinity")) {
                return "NaN and Infinity are not JSON values" + where + ".";
            }
            if (message.contains("comment")) {
                return "JSON has no comments" + where + "; remove them.";
            }
            if (message.startsWith("Unexpected end-of-input")) {
                return "The JSON ends before it is complete" + where + ": an object, array or string is not closed.";
            }
            if (message.contains("control character") || message.contains("CTRL-CHAR")) {
                return "A string holds a raw control character" + where + "; escape it (\\n, \\t, \\u0000 ...).";
            }
            if (message.contains("Unrecognized character escape")) {
                return "A string holds an escape JSON does not know" + where + "; use \\\\ for a backslash.";
            }
            if (message.contains("was expecting double-quote to start field name")) {
                return "Field names must be in double quotes" + where + ".";
            }
            if (message.contains("Unexpected character") || message.contains("Unrecognized token")) {
                return "The body is not valid JSON" + where
                        + (content.isBlank()
                                        || content.strip().startsWith("{")
                                        || content.strip().startsWith("[")
                                ? "."
                                : "; to send plain text, use Content-Type: text/plain.");
            }
            return "The body is not valid JSON" + where + ".";
        }

        /** " at line L, column C (near '...')", from the parser's location. */
        static String where(JsonLocation location, String content) {
            if (location == null || location.getLineNr() < 1) {
                return "";
            }
            String near = "";
            long offset = location.getCharOffset();
            if (offset >= 0 && offset <= content.length()) {
                int start = (int) Math.max(0, offset - 10);
                int end = (int) Math.min(content.length(), offset + 10);
                String excerpt =
                        content.substring(start, end).replaceAll("\\s+", " ").strip();
                near = excerpt.isEmpty() ? "" : " (near '" + excerpt + "')";
            }
            return " at line " + location.getLineNr() + ", column " + location.getColumnNr() + near;
        }
    }
}
