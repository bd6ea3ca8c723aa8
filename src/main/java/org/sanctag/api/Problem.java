package org.sanctag.api;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. The type is {@code about:blank}, so the title is the HTTP status
 * phrase; the detail says, in words a person can act on, what was wrong.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(int status, String detail) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", statusType == null ? "Error" : statusType.getReasonPhrase(), status, detail);
    }

    static Response response(int status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(of(status, detail))
                .build();
    }
}
