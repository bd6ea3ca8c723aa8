package org.sanctag.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sanctag.Tagger;
import org.sanctag.result.RuleSetRef;

/**
 * Ready once the rule set is loaded and compiled, and says which one. The Tagger is built at
 * start-up and a rule file that fails stops the service, so a running service has its rules.
 */
@Readiness
@ApplicationScoped
public class RulesLoadedCheck implements HealthCheck {

    private final Tagger tagger;

    public RulesLoadedCheck(Tagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public HealthCheckResponse call() {
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
