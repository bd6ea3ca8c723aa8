package org.sanctag.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.sanctag.boot.SanctagConfig;

/**
 * Admits {@code POST /tag} requests within a memory budget, so that many large documents at once
 * get a clear 503 with Retry-After instead of exhausting the heap. Each request claims an estimate
 * of the memory tagging it takes, from its body size, when it arrives, and gives it back when its
 * answer is sent or its connection drops.
 */
@ApplicationScoped
public class AdmissionControl {

    static final int ORDER = BodyLimitFilter.ORDER + 1;

    /**
     * Heap a document takes while it is tagged and answered, per byte of body: its text and chars,
     * words, occurrences, decisions, and the answer's records and JSON, measured on dense 1 MiB
     * texts (docs/RELIABILITY.md). An explanation holds every candidate and its reasons.
     */
    static final int BYTES_PER_BODY_BYTE = 24;

    static final int BYTES_PER_BODY_BYTE_EXPLAINED = 48;

    /** Even an empty request holds buffers and a connection. */
    static final long SMALLEST_CLAIM = 16 * 1024;

    /** Seconds a refused client should wait: large documents take a few hundred milliseconds each. */
    static final String RETRY_AFTER_SECONDS = "1";

    private static final Logger LOG = Logger.getLogger(AdmissionControl.class);

    private final MemoryBudget budget;
    private final long maxBodySize;
    private final ProblemWriter problems;
    private final String full;

    /** Why a request (or a batch line) is refused while the budget is spent. */
    static final String FULL =
            "sanctag is tagging as many documents as its memory allows (sanctag.limits.in-flight-budget); "
                    + "retry after the number of seconds in Retry-After.";

    public AdmissionControl(SanctagConfig config, ProblemWriter problems) {
        long capacity = config.limits()
                .inFlightBudget()
                .map(size -> size.asLongValue())
                .orElse(Runtime.getRuntime().maxMemory() / 2);
        this.budget = new MemoryBudget(capacity);
        this.maxBodySize = config.limits().maxBodySize().asLongValue();
        this.problems = problems;
        this.full = problems.serialize(503, FULL);
        LOG.infof("Tagging admitted within an in-flight budget of %d MB", capacity / (1024 * 1024));
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/tag").order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (NdjsonBatches.isNdjson(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            // A batch may be far larger than memory: each of its lines claims for itself as it is tagged.
            context.next();
            return;
        }
        long claim = claimFor(context);
        if (!budget.tryClaim(claim)) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problems.send(context, 503, full, false);
            return;
        }
        // Given back when the answer is sent, or when the connection closes before it is (a client
        // that gives up mid-body keeps no claim: AdmissionControlTest).
        context.addEndHandler(ignored -> budget.release(claim));
        context.next();
    }

    /** The memory a request is estimated to need, from its declared length (or the limit, if it has none). */
    private long claimFor(RoutingContext context) {
        long body = bodySize(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        String explain = context.request().getParam("explain");
        boolean explained = explain != null && !explain.equals("false");
        return claimFor(body, explained);
    }

    /** The memory one document of {@code bodyBytes} is estimated to need: for a batch line. */
    long claimFor(long bodyBytes, boolean explained) {
        return Math.max(SMALLEST_CLAIM, bodyBytes * (explained ? BYTES_PER_BODY_BYTE_EXPLAINED : BYTES_PER_BODY_BYTE));
    }

    boolean tryClaim(long claim) {
        return budget.tryClaim(claim);
    }

    void release(long claim) {
        budget.release(claim);
    }

    private long bodySize(String contentLength) {
        if (contentLength == null) {
            return maxBodySize;
        }
        try {
            return Math.min(maxBodySize, Math.max(0, Long.parseLong(contentLength.trim())));
        } catch (NumberFormatException e) {
            return maxBodySize;
        }
    }
}
