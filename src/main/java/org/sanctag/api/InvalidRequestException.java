package org.sanctag.api;

/** A request sanctag cannot read, with the HTTP status and a detail the caller can act on. */
public class InvalidRequestException extends RuntimeException {

    private final int status;

    private InvalidRequestException(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public static InvalidRequestException badRequest(String detail) {
        return new InvalidRequestException(400, detail);
    }

    public static InvalidRequestException notFound(String detail) {
        return new InvalidRequestException(404, detail);
    }

    public static InvalidRequestException tooLarge(long limit) {
        return new InvalidRequestException(
                413,
                "The request body is larger than the limit of " + limit
                        + " bytes (sanctag.limits.max-body-size); split the document or raise the limit.");
    }

    static InvalidRequestException unsupportedCharset(String charset) {
        return new InvalidRequestException(
                415, "Bodies must be UTF-8, but the Content-Type names charset " + charset + ".");
    }

    public int status() {
        return status;
    }
}
