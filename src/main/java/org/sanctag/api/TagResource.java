package org.sanctag.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sanctag.Tagger;
import org.sanctag.metrics.MeteredTagging;
import org.sanctag.metrics.Source;

/**
 * {@code POST /tag}: the passages of a document that mention sanctioned goods, under the rule sets
 * {@code rulesets} chooses (default: {@code GET /rules}' {@code default}); with {@code explain=true},
 * also every candidate match and why it was or was not counted.
 */
@Path("/tag")
public class TagResource {

    static final String ALLOWED_METHODS = "OPTIONS, POST";

    private final MeteredTagging tagging;
    private final LargeDocuments largeDocuments;
    private final ObjectMapper json;

    public TagResource(MeteredTagging tagging, LargeDocuments largeDocuments, ObjectMapper json) {
        this.tagging = tagging;
        this.largeDocuments = largeDocuments;
        this.json = json;
    }

    /**
     * Tagging is CPU work that never waits on anything, and the body is already read when it runs,
     * so a document of ordinary size is tagged right on the event loop, with no hand-off. A large
     * one is tagged on {@link LargeDocuments}' workers, and its answer (megabytes of JSON, for a
     * dense megabyte) is written to bytes there too, so that small requests never queue behind it.
     */
    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> tag(TagRequest request, HttpServerRequest http) {
        boolean explain = wantsExplanation(http.getParam("explain"));
        Tagger serving = tagging.serving();
        List<String> ruleSets = RuleSetChoice.parse(http.params().getAll(RuleSetChoice.PARAMETER), serving);
        if (!largeDocuments.isLarge(request.text())) {
            return Uni.createFrom()
                    .item(Response.ok(respond(serving, request, ruleSets, explain))
                            .build());
        }
        return Uni.createFrom()
                .item(() -> Response.ok(serialized(respond(serving, request, ruleSets, explain)))
                        .build())
                .runSubscriptionOn(largeDocuments.workers());
    }

    /** The methods {@code /tag} answers, the same list a 405 gives. */
    @OPTIONS
    public Response options() {
        return Response.noContent().header(HttpHeaders.ALLOW, ALLOWED_METHODS).build();
    }

    private byte[] serialized(TagResponse response) {
        try {
            return json.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer record always serialises", e);
        }
    }

    private TagResponse respond(Tagger serving, TagRequest request, List<String> ruleSets, boolean explain) {
        return TagResponse.of(request.id(), tagging.tag(serving, request.text(), ruleSets, explain, Source.HTTP));
    }

    /** A bare {@code ?explain} means true; anything but true or false is refused rather than read as false. */
    static boolean wantsExplanation(String explain) {
        if (explain == null || explain.equals("false")) {
            return false;
        }
        if (explain.isEmpty() || explain.equals("true")) {
            return true;
        }
        throw InvalidRequestException.badRequest(
                "The query parameter 'explain' must be true or false, not '" + TagRequests.shorten(explain) + "'.");
    }
}
