package org.sanctag.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.sanctag.Tagger;

/**
 * {@code POST /tag}: the passages of a document that mention sanctioned goods; with
 * {@code explain=true}, also every candidate match and why it was or was not counted.
 */
@Path("/tag")
public class TagResource {

    private final Tagger tagger;

    public TagResource(Tagger tagger) {
        this.tagger = tagger;
    }

    /**
     * Tagging is CPU work that never waits on anything, and the body is already read when it runs,
     * so it runs on the event loop: no hand-off to a worker thread per request.
     */
    @POST
    @NonBlocking
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public TagResponse tag(TagRequest request, @RestQuery String explain) {
        return TagResponse.of(
                request.id(), wantsExplanation(explain) ? tagger.explain(request.text()) : tagger.tag(request.text()));
    }

    /** A bare {@code ?explain} means true; anything but true or false is refused rather than read as false. */
    private static boolean wantsExplanation(String explain) {
        if (explain == null || explain.equals("false")) {
            return false;
        }
        if (explain.isEmpty() || explain.equals("true")) {
            return true;
        }
        throw InvalidRequestException.badRequest(
                "The query parameter 'explain' must be true or false, not '" + explain + "'.");
    }
}
