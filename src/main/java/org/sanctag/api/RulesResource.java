package org.sanctag.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sanctag.Tagger;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetSummary;

/**
 * {@code GET /rules}: what the loaded rule sets cover and which ones a request gets by default, so
 * a caller can check what it runs against; {@code GET /rules/{id}}: one of them.
 */
@Path("/rules")
public class RulesResource {

    /** The answer to {@code GET /rules}: the default choice and every loaded set, in load order. */
    public record LoadedRules(@JsonProperty("default") List<String> defaults, List<RuleSetSummary> rulesets) {}

    private final ServingTagger tagger;

    public RulesResource(ServingTagger tagger) {
        this.tagger = tagger;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public LoadedRules rules() {
        Tagger serving = tagger.current();
        return new LoadedRules(serving.defaults(), serving.ruleSets());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RuleSetSummary ruleSet(@PathParam("id") String id) {
        Tagger serving = tagger.current();
        return serving.ruleSet(id)
                .orElseThrow(() -> InvalidRequestException.notFound("No rule set '" + TagRequests.shorten(id)
                        + "' is loaded; the loaded ones are " + String.join(", ", serving.ruleSetIds()) + "."));
    }
}
