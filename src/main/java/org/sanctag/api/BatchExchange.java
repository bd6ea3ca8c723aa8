package org.sanctag.api;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One NDJSON batch in flight. Lines are split as the body arrives, tagged in order on the workers,
 * a few at a time, and each group's answer lines are written as soon as they are ready. Memory stays
 * bounded by the longest line: the body is paused while {@link #READ_AHEAD_BYTES} of lines wait to be
 * tagged, or while the client reads the answers more slowly than they are written.
 *
 * <p>Everything but the tagging runs on the request's event loop, so the state needs no locks.
 */
final class BatchExchange {

    /** Lines read ahead of the tagging before the body is paused. */
    static final int READ_AHEAD_BYTES = 256 * 1024;

    /** Lines tagged in one hand-off to a worker: enough to amortise it, few enough to answer promptly. */
    static final int LINES_PER_HAND_OFF = 32;

    private final NdjsonBatches batches;
    private final boolean explain;
    private final List<String> ruleSets;
    private final Context eventLoop;
    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final NdjsonLines lines;
    private final ArrayDeque<NdjsonLines.Line> pending = new ArrayDeque<>();
    private long pendingBytes;
    private long received;
    private boolean tagging;
    private boolean inputEnded;
    private boolean batchTooLarge;
    private boolean gone;
    private boolean finished;

    BatchExchange(NdjsonBatches batches, RoutingContext context, boolean explain, List<String> ruleSets) {
        this.ruleSets = ruleSets;
        this.batches = batches;
        this.explain = explain;
        this.eventLoop = Vertx.currentContext();
        this.request = context.request();
        this.response = context.response();
        this.lines = new NdjsonLines(batches.maxLineBytes(), this::queue);
    }

    void start() {
        response.setChunked(true).setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, NdjsonBatches.MEDIA_TYPE);
        response.closeHandler(ignored -> gone());
        request.exceptionHandler(ignored -> gone());
        request.handler(this::received);
        request.endHandler(ignored -> inputEnded());
        request.resume();
    }

    private void received(Buffer chunk) {
        if (inputEnded || gone) {
            return;
        }
        received += chunk.length();
        if (received > batches.maxBatchBytes()) {
            batchTooLarge = true;
            inputEnded = true;
            request.pause();
        } else {
            lines.feed(chunk.getBytes());
        }
        tagNext();
        pauseIfFull();
        finishIfDone();
    }

    private void inputEnded() {
        if (inputEnded) {
            return;
        }
        lines.end();
        inputEnded = true;
        tagNext();
        finishIfDone();
    }

    private void queue(NdjsonLines.Line line) {
        pending.add(line);
        pendingBytes += line.content().length;
    }

    /** Hands the next lines to a worker, unless some are being tagged: one group at a time keeps the order. */
    private void tagNext() {
        if (tagging || gone || pending.isEmpty()) {
            return;
        }
        List<NdjsonLines.Line> group = new ArrayList<>(Math.min(pending.size(), LINES_PER_HAND_OFF));
        while (!pending.isEmpty() && group.size() < LINES_PER_HAND_OFF) {
            NdjsonLines.Line line = pending.poll();
            pendingBytes -= line.content().length;
            group.add(line);
        }
        tagging = true;
        resumeIfRoom();
        batches.largeDocuments().workers().execute(() -> {
            Buffer answers = Buffer.buffer();
            for (NdjsonLines.Line line : group) {
                answers.appendBytes(batches.answer(line, explain, ruleSets));
            }
            eventLoop.runOnContext(ignored -> tagged(answers));
        });
    }

    private void tagged(Buffer answers) {
        tagging = false;
        if (gone) {
            return;
        }
        response.write(answers);
        if (response.writeQueueFull()) {
            request.pause();
            response.drainHandler(ignored -> resumeIfRoom());
        }
        tagNext();
        finishIfDone();
    }

    private void pauseIfFull() {
        if (pendingBytes >= READ_AHEAD_BYTES || response.writeQueueFull()) {
            request.pause();
        }
    }

    private void resumeIfRoom() {
        if (!inputEnded && !gone && pendingBytes < READ_AHEAD_BYTES && !response.writeQueueFull()) {
            request.resume();
        }
    }

    private void finishIfDone() {
        if (finished || gone || !inputEnded || tagging || !pending.isEmpty()) {
            return;
        }
        finished = true;
        if (batchTooLarge) {
            // The rest of the body is not read: the answer says why, and the connection closes.
            response.endHandler(ignored -> request.connection().close());
            response.end(Buffer.buffer(batches.problemLine(
                    413,
                    "The batch is larger than the limit of " + batches.maxBatchBytes()
                            + " bytes (sanctag.limits.max-batch-size); the lines before this one are answered; "
                            + "send the rest as another batch.",
                    lines.currentLineNumber())));
        } else {
            response.end();
        }
    }

    private void gone() {
        gone = true;
        pending.clear();
        pendingBytes = 0;
    }
}
