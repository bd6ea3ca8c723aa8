package org.sanctag.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.sanctag.boot.SanctagConfig;

/**
 * Refuses a body whose Content-Length is over the limit before a byte of it is read, with a
 * problem+json answer that names the limit. (Quarkus would refuse it too, but with an empty body.)
 * Bodies without a length are counted as they arrive, by {@link TagRequestReader}. An NDJSON batch
 * has a limit of its own, {@code sanctag.limits.max-batch-size}; each of its lines has the body limit.
 */
@ApplicationScoped
public class BodyLimitFilter {

    static final int ORDER = SecurityHeaders.ORDER + 2;

    private final long limit;
    private final ProblemWriter problems;
    private final String tooLarge;
    private final long batchLimit;
    private final String batchTooLarge;

    public BodyLimitFilter(SanctagConfig config, ProblemWriter problems) {
        this.limit = config.limits().maxBodySize().asLongValue();
        this.problems = problems;
        InvalidRequestException exception = InvalidRequestException.tooLarge(limit);
        this.tooLarge = problems.serialize(exception.status(), exception.getMessage());
        this.batchLimit = config.limits().maxBatchSize().asLongValue();
        this.batchTooLarge = problems.serialize(
                413,
                "The batch is larger than the limit of " + batchLimit
                        + " bytes (sanctag.limits.max-batch-size); split it into several batches.");
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean batch = NdjsonBatches.isNdjson(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
            if (length != null && isOver(length, batch ? batchLimit : limit)) {
                problems.send(context, 413, batch ? batchTooLarge : tooLarge, true);
            } else {
                context.next();
            }
        });
    }

    private static boolean isOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
