package org.sanctag.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.sanctag.UnknownRuleSetException;
import org.sanctag.api.InvalidRequestException;
import org.sanctag.api.RuleSetChoice;
import org.sanctag.api.TagRequest;
import org.sanctag.api.TagRequests;
import org.sanctag.api.TagResponse;
import org.sanctag.metrics.MeteredTagging;
import org.sanctag.metrics.Source;
import org.sanctag.result.TagResult;

/**
 * Tags one message as {@code POST /tag} tags one body: the value is the JSON body (or, when it is
 * not JSON, the text itself), read by the same strict {@link TagRequests}, within the same size
 * limit; the key stands for the id when the value names none. Knows nothing of Kafka.
 */
final class ArticleTagging {

    private final MeteredTagging tagging;
    private final TagRequests requests;
    private final ObjectWriter json;
    private final long maxValueSize;
    private final int maxIdLength;
    private final boolean explain;
    private final List<String> ruleSets;

    /** @param ruleSets the rule sets every article is tagged against ({@code sanctag.stream.rulesets}); empty: the default ones */
    ArticleTagging(
            MeteredTagging tagging,
            ObjectWriter json,
            long maxValueSize,
            int maxIdLength,
            boolean explain,
            List<String> ruleSets) {
        this.tagging = tagging;
        this.ruleSets = checked(ruleSets, tagging);
        this.requests = new TagRequests(maxIdLength);
        this.json = json;
        this.maxValueSize = maxValueSize;
        this.maxIdLength = maxIdLength;
        this.explain = explain;
    }

    /**
     * @param contentType the message's {@code content-type} header, or null: {@code text/plain} or
     *     {@code application/json} decide how the value is read; without one, a value whose first
     *     non-blank character is <code>{</code> is JSON and any other is text
     */
    Outcome tag(byte[] key, byte[] value, String contentType) {
        try {
            if (value == null) {
                throw InvalidRequestException.badRequest(
                        "The message has no value; send the article as {\"text\": \"...\"} or as UTF-8 text.");
            }
            if (value.length > maxValueSize) {
                throw InvalidRequestException.tooLarge(maxValueSize);
            }
            TagRequest request = readsAsJson(value, contentType) ? requests.fromJson(value) : requests.fromText(value);
            String id = request.id() != null ? request.id() : idFromKey(key);
            TagResult result = tag(request.text());
            return new Outcome.Answer(json.writeValueAsBytes(TagResponse.of(id, result)), result.ruleset());
        } catch (InvalidRequestException e) {
            return new Outcome.DeadLetter(e.status(), e.getMessage());
        } catch (JsonProcessingException e) {
            // Serialising our own records cannot fail on input; if it ever does, the stream must not stop.
            return new Outcome.DeadLetter(500, "sanctag failed on this message; the error is in its log.");
        }
    }

    private TagResult tag(String text) {
        try {
            return tagging.tag(tagging.serving(), text, ruleSets, explain, Source.STREAM);
        } catch (UnknownRuleSetException e) {
            // Only after a reload that dropped a set the setting names.
            throw InvalidRequestException.badRequest("sanctag.stream.rulesets: " + e.getMessage());
        }
    }

    /** The setting's ids, each once; one that is not loaded stops the stream before its first article. */
    private static List<String> checked(List<String> ruleSets, MeteredTagging tagging) {
        try {
            return RuleSetChoice.parse(
                    ruleSets.isEmpty() ? List.of() : List.of(String.join(",", ruleSets)), tagging.serving());
        } catch (InvalidRequestException e) {
            throw new IllegalStateException("sanctag.stream.rulesets: " + e.getMessage(), e);
        }
    }

    private static boolean readsAsJson(byte[] value, String contentType) {
        if (contentType != null) {
            String type = contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith("text/plain")) {
                return false;
            }
            if (type.startsWith("application/json")) {
                return true;
            }
        }
        for (byte b : value) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{';
            }
        }
        return false;
    }

    /** The key as the id, held to the rules of a JSON id: UTF-8 and at most max-id-length long. */
    private String idFromKey(byte[] key) {
        if (key == null) {
            return null;
        }
        String id;
        try {
            id = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(key))
                    .toString();
        } catch (CharacterCodingException e) {
            throw InvalidRequestException.badRequest(
                    "The message key is not valid UTF-8, so it cannot stand for the id; put an 'id' in the value.");
        }
        if (id.codePointCount(0, id.length()) > maxIdLength) {
            throw InvalidRequestException.badRequest("The message key is longer than " + maxIdLength
                    + " characters (sanctag.limits.max-id-length), so it cannot stand for the id;"
                    + " put a shorter 'id' in the value.");
        }
        return id;
    }
}
