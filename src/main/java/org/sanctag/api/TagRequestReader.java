package org.sanctag.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.sanctag.boot.SanctagConfig;

/**
 * Reads a {@link TagRequest} from a JSON object ({@code {"text": "...", "id": "..."}}) or from a
 * plain-text body, within the body limit; {@link TagRequests} does the strict reading.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
public class TagRequestReader implements MessageBodyReader<TagRequest> {

    private final TagRequests requests;
    private final long maxBodySize;

    public TagRequestReader(SanctagConfig config) {
        this.requests = new TagRequests(config.limits().maxIdLength());
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
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
        byte[] content = readAtMostLimit(body);
        return mediaType.isCompatible(MediaType.TEXT_PLAIN_TYPE)
                ? requests.fromText(content)
                : requests.fromJson(content);
    }

    private byte[] readAtMostLimit(InputStream body) throws IOException {
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodySize + 1));
        if (content.length > maxBodySize) {
            throw InvalidRequestException.tooLarge(maxBodySize);
        }
        return content;
    }
}
