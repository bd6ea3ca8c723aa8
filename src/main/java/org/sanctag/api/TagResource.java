package org.sanctag.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sanctag.Tagger;

/** {@code POST /tag}: the passages of a document that mention sanctioned goods. */
@Path("/tag")
public class TagResource {

    private final Tagger tagger;

    public TagResource(Tagger tagger) {
        this.tagger = tagger;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public TagResponse tag(TagRequest request) {
        return TagResponse.of(request.id(), tagger.tag(request.text()));
    }
}
