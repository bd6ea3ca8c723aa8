package org.sanctag.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.sanctag.UnknownRuleSetException;
import org.sanctag.boot.SanctagConfig;
import org.sanctag.metrics.MeteredTagging;
import org.sanctag.metrics.Source;
import org.sanctag.result.TagResult;

/**
 * {@code POST /tag} with an {@code application/x-ndjson} body: a batch of documents, one JSON object
 * per line, answered with one line per input line in input order. It is a route of its own, on the
 * router before the REST layer, because the REST layer reads a whole body before it answers, and a
 * batch is read and answered line by line ({@link BatchExchange}).
 */
@ApplicationScoped
public class NdjsonBatches {

    static final String MEDIA_TYPE = "application/x-ndjson";

    static final int ORDER = AdmissionControl.ORDER + 1;

    private static final Logger LOG = Logger.getLogger(NdjsonBatches.class);

    private final MeteredTagging tagging;
    private final LargeDocuments largeDocuments;
    private final AdmissionControl admission;
    private final ProblemWriter problems;
    private final ObjectMapper json;
    private final TagRequests requests;
    private final long maxLineBytes;
    private final long maxBatchBytes;

    public NdjsonBatches(
            MeteredTagging tagging,
            LargeDocuments largeDocuments,
            AdmissionControl admission,
            ProblemWriter problems,
            ObjectMapper json,
            SanctagConfig config) {
        this.tagging = tagging;
        this.largeDocuments = largeDocuments;
        this.admission = admission;
        this.problems = problems;
        this.json = json;
        this.requests = new TagRequests(config.limits().maxIdLength());
        this.maxLineBytes = config.limits().maxBodySize().asLongValue();
        this.maxBatchBytes = config.limits().maxBatchSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/tag").order(ORDER).handler(this::handle);
    }

    /** Whether a Content-Type names NDJSON, with or without parameters. */
    static boolean isNdjson(String contentType) {
        return contentType != null && mediaType(contentType).equals(MEDIA_TYPE);
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    private void handle(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isNdjson(contentType)) {
            context.next();
            return;
        }
        String charset = charset(contentType);
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            refuse(context, InvalidRequestException.unsupportedCharset(charset));
            return;
        }
        if (!acceptsNdjson(context.request().getHeader(HttpHeaders.ACCEPT))) {
            problems.send(
                    context,
                    406,
                    problems.serialize(406, "sanctag answers a batch in " + MEDIA_TYPE + "; accept it."),
                    true);
            return;
        }
        boolean explain;
        List<String> ruleSets;
        try {
            explain = TagResource.wantsExplanation(context.request().getParam("explain"));
            // A request error, so the whole batch is refused before any line is read.
            ruleSets = RuleSetChoice.parse(context.queryParam(RuleSetChoice.PARAMETER), tagging.serving());
        } catch (InvalidRequestException e) {
            refuse(context, e);
            return;
        }
        new BatchExchange(this, context, explain, ruleSets).start();
    }

    private void refuse(RoutingContext context, InvalidRequestException e) {
        problems.send(context, e.status(), problems.serialize(e.status(), e.getMessage()), true);
    }

    private static String charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] nameAndValue = parameter.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].trim().equalsIgnoreCase("charset")) {
                return nameAndValue[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** No Accept header, or one that lists NDJSON, {@code application/*} or {@code *}{@code /*} with a weight above 0. */
    static boolean acceptsNdjson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String type = mediaType(range);
            if ((type.equals(MEDIA_TYPE) || type.equals("application/*") || type.equals("*/*")) && weight(range) > 0) {
                return true;
            }
        }
        return false;
    }

    private static double weight(String range) {
        for (String parameter : range.split(";")) {
            String[] nameAndValue = parameter.split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].trim().equalsIgnoreCase("q")) {
                try {
                    return Double.parseDouble(nameAndValue[1].trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** The answer line for one input line: the single request's answer, or its problem with the line number. */
    byte[] answer(NdjsonLines.Line line, boolean explain, List<String> ruleSets) {
        if (line.tooLong()) {
            InvalidRequestException tooLarge = InvalidRequestException.tooLarge(maxLineBytes);
            return problemLine(tooLarge.status(), tooLarge.getMessage(), line.number());
        }
        long claim = admission.claimFor(line.content().length, explain);
        if (!admission.tryClaim(claim)) {
            return problemLine(503, AdmissionControl.FULL, line.number());
        }
        try {
            TagRequest request = requests.fromJson(line.content());
            TagResult result = tagging.tag(tagging.serving(), request.text(), ruleSets, explain, Source.BATCH);
            return withLineBreak(json.writeValueAsBytes(TagResponse.of(request.id(), result)));
        } catch (InvalidRequestException e) {
            return problemLine(e.status(), e.getMessage(), line.number());
        } catch (UnknownRuleSetException e) {
            // Only after a reload, mid-batch, that dropped a chosen set.
            return problemLine(400, e.getMessage(), line.number());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf(e, "Unexpected error on line %d of a batch", line.number());
            return problemLine(500, "sanctag failed on this line; the error is in its log.", line.number());
        } finally {
            admission.release(claim);
        }
    }

    byte[] problemLine(int status, String detail, int line) {
        try {
            return withLineBreak(json.writeValueAsBytes(LineProblem.of(status, detail, line)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }

    private static byte[] withLineBreak(byte[] answer) {
        byte[] line = Arrays.copyOf(answer, answer.length + 1);
        line[answer.length] = '\n';
        return line;
    }

    LargeDocuments largeDocuments() {
        return largeDocuments;
    }

    long maxLineBytes() {
        return maxLineBytes;
    }

    long maxBatchBytes() {
        return maxBatchBytes;
    }
}
