package org.sanctag.api;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits an NDJSON body into its lines as the bytes arrive, holding at most one line: a line
 * longer than the limit is not kept but reported as too long, and its rest is skipped up to the
 * next line break. Lines are numbered from 1, blank ones included (so numbers match an editor's),
 * but blank lines are not reported. A {@code \r} before the line break is dropped.
 */
final class NdjsonLines {

    /** One input line: its number and bytes, or {@code tooLong} (and no bytes) past the limit. */
    record Line(int number, byte[] content, boolean tooLong) {}

    private final long maxLineBytes;
    private final Consumer<Line> lines;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private int number = 1;
    private long currentLength;

    NdjsonLines(long maxLineBytes, Consumer<Line> lines) {
        this.maxLineBytes = maxLineBytes;
        this.lines = lines;
    }

    /** Feeds the next bytes of the body. */
    void feed(byte[] bytes) {
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                append(bytes, from, i);
                finishLine();
                from = i + 1;
            }
        }
        append(bytes, from, bytes.length);
    }

    /** The number of the line being read. */
    int currentLineNumber() {
        return number;
    }

    /** The body has ended: its last line needs no line break. */
    void end() {
        if (currentLength > 0) {
            finishLine();
        }
    }

    private void append(byte[] bytes, int from, int to) {
        int length = to - from;
        if (currentLength <= maxLineBytes) {
            int room = (int) Math.min(length, maxLineBytes + 1 - currentLength);
            current.write(bytes, from, room);
        }
        currentLength += length;
    }

    private void finishLine() {
        int lineNumber = number++;
        long length = currentLength;
        byte[] content = current.toByteArray();
        current.reset();
        currentLength = 0;
        if (length > 0 && content.length > 0 && content[content.length - 1] == '\r' && length <= maxLineBytes + 1) {
            length--;
            content = Arrays.copyOf(content, content.length - 1);
        }
        if (length > maxLineBytes) {
            lines.accept(new Line(lineNumber, new byte[0], true));
        } else if (!isBlank(content)) {
            lines.accept(new Line(lineNumber, content, false));
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
