package org.sanctag.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetSummary;

/** {@code GET /rules}: what the loaded rule set covers, so a caller can check what it runs against. */
@Path("/rules")
public class RulesResource {

    private final ServingTagger tagger;

    public RulesResource(ServingTagger tagger) {
        this.tagger = tagger;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public RuleSetSummary rules() {
        return tagger.current().ruleSet();
    }
}
