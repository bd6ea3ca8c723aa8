package org.sanctag.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers a request with a problem before it reaches a resource: for the guards on the router. */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    /** The problem as the bytes of its JSON, to prepare once and send many times. */
    String serialize(int status, String detail) {
        try {
            return json.writeValueAsString(Problem.of(status, detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }

    /** Ends the exchange with this problem; the connection is closed when the body may not have been read. */
    void send(RoutingContext context, int status, String serializedProblem, boolean closeConnection) {
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeConnection) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        context.response().end(serializedProblem);
    }
}
