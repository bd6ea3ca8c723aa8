package org.sanctag.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sanctag.UnknownRuleSetException;

/**
 * The one place that turns errors into {@code application/problem+json}. Details name what to fix;
 * they never carry a class name or a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return Problem.response(e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response unknownRuleSet(UnknownRuleSetException e) {
        return Problem.response(400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e) {
        return Problem.response(
                415, "Send the document as application/json ({\"text\": \"...\"}) or as text/plain (UTF-8).");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        Response problem = Problem.response(405, "This method is not allowed here; see the API in README.md.");
        String allowed = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allowed == null
                ? problem
                : Response.fromResponse(problem)
                        .header(HttpHeaders.ALLOW, allowed)
                        .build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return Problem.response(406, "sanctag answers in application/json; accept it.");
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.response(
                404, "There is nothing here; sanctag serves its page at /, POST /tag, GET /rules and /q/health.");
    }

    @ServerExceptionMapper
    public Response otherHttpError(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return Problem.response(
                status,
                status == 413
                        ? "The request body is larger than the configured limit (sanctag.limits.max-body-size)."
                        : "The request could not be handled (HTTP " + status + ").");
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error while handling a request", e);
        return Problem.response(500, "sanctag failed on this request; the error is in its log.");
    }

    /**
     * The admission budget is there so this never happens; if the heap runs out all the same, the
     * client is told to come back rather than handed a framework's error page.
     */
    @ServerExceptionMapper
    public Response outOfMemory(OutOfMemoryError e) {
        LOG.error("Out of memory while handling a request; lower sanctag.limits.in-flight-budget", e);
        return Response.fromResponse(
                        Problem.response(503, "sanctag ran out of memory for this request; retry it later."))
                .header(HttpHeaders.RETRY_AFTER, AdmissionControl.RETRY_AFTER_SECONDS)
                .build();
    }
}
