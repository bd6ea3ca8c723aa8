package org.sanctag.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every answer carries, errors included: the content type is to be believed
 * ({@code nosniff}), no page may frame sanctag, no referrer leaves it, and no answer is cached (each
 * is about one document someone sent).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Runs first, so that even answers given by the other guards carry the headers. */
    static final int ORDER = Integer.MIN_VALUE;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response()
                    .headers()
                    .set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "no-referrer")
                    .set("Cache-Control", "no-store"));
            context.next();
        });
    }
}
