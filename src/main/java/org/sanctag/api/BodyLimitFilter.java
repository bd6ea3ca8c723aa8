package org.sanctag.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sanctag.boot.SanctagConfig;

/**
 * Refuses a body whose Content-Length is over the limit before a byte of it is read, with a
 * problem+json answer that names the limit. (Quarkus would refuse it too, but with an empty body.)
 * Bodies without a length are counted as they arrive, by {@link TagRequestReader}.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long limit;
    private final String problem;

    public BodyLimitFilter(SanctagConfig config, ObjectMapper json) throws Exception {
        this.limit = config.limits().maxBodySize().asLongValue();
        InvalidRequestException tooLarge = InvalidRequestException.tooLarge(limit);
        this.problem = json.writeValueAsString(Problem.of(tooLarge.status(), tooLarge.getMessage()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOverLimit(length)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problem);
            } else {
                context.next();
            }
        });
    }

    private boolean isOverLimit(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
