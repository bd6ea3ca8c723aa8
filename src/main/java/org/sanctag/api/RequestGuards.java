package org.sanctag.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks on {@code POST /tag} that need no body: a Content-Type must be given (a body without one
 * would otherwise be guessed at), and a browser page of another origin may not make a visitor's
 * browser post to sanctag (a text/plain POST needs no CORS preflight), unless CORS is configured
 * ({@code quarkus.http.cors.enabled}), in which case Quarkus's CORS filter decides.
 */
@ApplicationScoped
public class RequestGuards {

    static final int ORDER = SecurityHeaders.ORDER + 1;

    private final ProblemWriter problems;
    private final boolean corsConfigured;
    private final String noContentType;
    private final String crossOrigin;

    public RequestGuards(
            ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsConfigured) {
        this.problems = problems;
        this.corsConfigured = corsConfigured;
        this.noContentType = problems.serialize(
                415,
                "The request has no Content-Type; send application/json ({\"text\": \"...\"}), "
                        + "text/plain (UTF-8) or application/x-ndjson.");
        this.crossOrigin = problems.serialize(
                403,
                "Requests from a page of another origin are refused; "
                        + "to allow one, configure CORS (quarkus.http.cors.enabled, quarkus.http.cors.origins).");
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/tag").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (!corsConfigured
                && origin != null
                && !sameOrigin(origin, context.request().getHeader(HttpHeaders.HOST))) {
            problems.send(context, 403, crossOrigin, true);
        } else if (context.request().getHeader(HttpHeaders.CONTENT_TYPE) == null) {
            problems.send(context, 415, noContentType, true);
        } else {
            context.next();
        }
    }

    /** Whether a browser's Origin names the host the request was sent to. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host) || defaultPort(uri).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "http://h" is "h:80" too, and "https://h" "h:443". */
    private static String defaultPort(URI uri) {
        return uri.getHost() + ":" + ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
    }
}
