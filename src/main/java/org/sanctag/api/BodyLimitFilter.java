package org.sanctag.api;

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

    static final int ORDER = SecurityHeaders.ORDER + 2;

    private final long limit;
    private final ProblemWriter problems;
    private final String tooLarge;

    public BodyLimitFilter(SanctagConfig config, ProblemWriter problems) {
        this.limit = config.limits().maxBodySize().asLongValue();
        this.problems = problems;
        InvalidRequestException exception = InvalidRequestException.tooLarge(limit);
        this.tooLarge = problems.serialize(exception.status(), exception.getMessage());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOverLimit(length)) {
                problems.send(context, 413, tooLarge, true);
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
