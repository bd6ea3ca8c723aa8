package org.sanctag.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sanctag.RuleSetRef;
import org.sanctag.Tagger;

/** Ready once the rule set is loaded and compiled; the answer names which rule set. */
@Readiness
@ApplicationScoped
public class RulesLoadedCheck implements HealthCheck {

    private final Instance<Tagger> tagger;

    public RulesLoadedCheck(Instance<Tagger> tagger) {
        this.tagger = tagger;
    }

    @Override
    public HealthCheckResponse call() {
        if (!tagger.isResolvable()) {
            return HealthCheckResponse.down("rules");
        }
        Tagger loaded = tagger.get();
        RuleSetRef ref = loaded.ruleSetRef();
        return HealthCheckResponse.named("rules").up()
                .withData("id", ref.id())
                .withData("version", ref.version())
                .withData("digest", ref.digest())
                .withData("terms", loaded.termCount())
                .build();
    }
}
