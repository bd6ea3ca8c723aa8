package org.sanctag.stream;

/** The Kafka headers sanctag reads and writes; their values are UTF-8. */
final class StreamHeaders {

    /** On input, optional: {@code application/json} or {@code text/plain} says how to read the value. */
    static final String CONTENT_TYPE = "content-type";

    /**
     * On every answer: the rule sets that answered, in the answer's order, as comma-joined lists
     * of ids, versions and digests (neither can hold a comma).
     */
    static final String RULESET_ID = "sanctag-ruleset-id";

    static final String RULESET_VERSION = "sanctag-ruleset-version";
    static final String RULESET_DIGEST = "sanctag-ruleset-digest";

    /** On every dead letter: the HTTP status and detail {@code POST /tag} would have answered. */
    static final String PROBLEM_STATUS = "sanctag-problem-status";

    static final String PROBLEM_DETAIL = "sanctag-problem-detail";

    private StreamHeaders() {}
}
