package org.sanctag.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sanctag.Tagger;
import org.sanctag.boot.ServingTagger;
import org.sanctag.result.RuleSetRef;

/**
 * Ready once the rule set is loaded and compiled, and says which one. The Tagger is built at
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
        RuleSetRef ref = tagger.ruleSetRef();
        return HealthCheckResponse.named("rules")
                .up()
                .withData("id", ref.id())
                .withData("version", ref.version())
                .withData("digest", ref.digest())
                .withData("terms", tagger.termCount())
                .build();
    }
}
