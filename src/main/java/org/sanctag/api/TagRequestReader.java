package org.sanctag.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import org.sanctag.boot.SanctagConfig;

/**
 * Reads a {@link TagRequest} from a JSON object ({@code {"text": "...", "id": "..."}}) or from a
 * plain-text body, strictly: invalid UTF-8, a body over the limit, a missing or non-string
 * {@code text}, an unknown field are errors that say what to fix, never a silent guess.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
public class TagRequestReader implements MessageBodyReader<TagRequest> {

    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxIdLength;

    public TagRequestReader(ObjectMapper json, SanctagConfig config) {
        this.json = json;
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
        this.maxIdLength = config.limits().maxIdLength();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == TagRequest.class;
    }

    @Override
    public TagRequest readFrom(
            Class<TagRequest> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw InvalidRequestException.unsupportedCharset(charset);
        }
        String content = utf8(readAtMostLimit(body));
        if (mediaType.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return new TagRequest(content, null);
        }
        return fromJson(content);
    }

    private byte[] readAtMostLimit(InputStream body) throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodySize + 1));
        if (content.length > maxBodySize) {
            throw InvalidRequestException.tooLarge(maxBodySize);
        }
        return content;
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

    private TagRequest fromJson(String content) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw InvalidRequestException.badRequest(
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw InvalidRequestException.badRequest("The body must be a JSON object such as {\"text\": \"...\"}.");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("text") && !name.equals("id")) {
                throw InvalidRequestException.badRequest(
                        "Unknown field '" + name + "'; the fields are 'text' and 'id'.");
            }
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) {
            throw InvalidRequestException.badRequest("The field 'text' is missing; send {\"text\": \"...\"}.");
        }
        if (!text.isTextual()) {
            throw InvalidRequestException.badRequest("The field 'text' must be a JSON string, not "
                    + text.getNodeType().name().toLowerCase(Locale.ROOT) + ".");
        }
        JsonNode id = root.get("id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw InvalidRequestException.badRequest("The field 'id' must be a JSON string when given.");
        }
        String idText = id == null || id.isNull() ? null : id.textValue();
        if (idText != null && idText.length() > maxIdLength) {
            throw InvalidRequestException.badRequest("The field 'id' is longer than " + maxIdLength + " characters.");
        }
        return new TagRequest(text.textValue(), idText);
    }
}
