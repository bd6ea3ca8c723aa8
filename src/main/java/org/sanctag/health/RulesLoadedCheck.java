package org.sanctag.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sanctag.Tagger;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetSummary;

/**
 * Ready once the rule sets are loaded and compiled, and says which ones (ids, versions and digests
 * comma-joined, in load order) and which are the default choice. The Tagger is built at
 * start-up and a rule file that fails stops the service, so a running service has its rules.
 */
@Readiness
@ApplicationScoped
public class RulesLoadedCheck implements HealthCheck {

    private final ServingTagger serving;

    public RulesLoadedCheck(ServingTagger serving) {
        this.serving = serving;
    }

    @Override
    public HealthCheckResponse call() {
        Tagger tagger = serving.current();
        return HealthCheckResponse.named("rules")
                .up()
                .withData("id", joined(tagger, RuleSetSummary::id))
                .withData("version", joined(tagger, RuleSetSummary::version))
                .withData("digest", joined(tagger, RuleSetSummary::digest))
                .withData("default", String.join(",", tagger.defaults()))
                .withData("terms", tagger.termCount())
                .build();
    }

    /** One field of every loaded rule set, in load order, comma-joined as the stream headers are. */
    private static String joined(Tagger tagger, Function<RuleSetSummary, String> field) {
        return tagger.ruleSets().stream().map(field).collect(Collectors.joining(","));
    }
}
