package org.sanctag.metrics;

/** Which way a document came in: the {@code source} tag of {@code sanctag_documents_tagged_total}. */
public enum Source {
    /** One {@code POST /tag} (JSON or plain text). */
    HTTP("http"),
    /** A line of an NDJSON batch. */
    BATCH("batch"),
    /** A message of the Kafka stream. */
    STREAM("stream");

    private final String tag;

    Source(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
