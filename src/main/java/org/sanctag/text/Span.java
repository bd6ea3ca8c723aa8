package org.sanctag.text;

/** A half-open range {@code [start, end)} of UTF-16 indices into the original text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }
}
