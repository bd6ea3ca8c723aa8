package org.sanctag;

import org.sanctag.text.CodePointIndex;
import org.sanctag.text.Span;

/**
 * The one place where the engine's spans (UTF-16 indices into the original text) become what the
 * results report: half-open code point offsets and the text between them.
 */
final class ReportedSpans {

    /** A span as a result reports it: code point offsets {@code [start, end)} and its text. */
    record Reported(int start, int end, String text) {}

    private final Document document;
    private final CodePointIndex offsets;

    private ReportedSpans(Document document) {
        this.document = document;
        this.offsets = CodePointIndex.of(document.text());
    }

    static ReportedSpans of(Document document) {
        return new ReportedSpans(document);
    }

    Reported of(Occurrence occurrence) {
        return of(document.originalSpan(occurrence));
    }

    Reported sentence(int sentence) {
        return of(document.sentence(sentence));
    }

    /** The occurrence's text as written in the document, as explanations quote it. */
    String textOf(Occurrence occurrence) {
        Span span = document.originalSpan(occurrence);
        return document.text().substring(span.start(), span.end());
    }

    Reported of(Span span) {
        return new Reported(
                offsets.codePointOffset(span.start()),
                offsets.codePointOffset(span.end()),
                document.text().substring(span.start(), span.end()));
    }
}
