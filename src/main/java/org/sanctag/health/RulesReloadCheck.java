package org.sanctag.health;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.sanctag.boot.ReloadOutcome;
import org.sanctag.boot.RulesReloader;
import org.sanctag.result.RuleSetRef;

/**
 * The last reload of the rule file, in {@code /q/health} (and {@code /q/health/well}): down after a
 * reload failed, since the file on disk is not what serves and a restart would fail on it; up once
 * the file loads again. A wellness check, not a readiness one: the last good rules keep serving, so
 * the probes ({@code /q/health/ready}, {@code /q/health/live}) stay up.
 */
@Wellness
@ApplicationScoped
public class RulesReloadCheck implements HealthCheck {

    private final RulesReloader reloader;

    public RulesReloadCheck(RulesReloader reloader) {
        this.reloader = reloader;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("rules-reload");
        if (reloader.watched().isEmpty()) {
            return response.up().withData("watching", false).build();
        }
        response.withData("watching", reloader.watched().get().toString())
                .withData("interval", reloader.interval().toString());
        Optional<ReloadOutcome> last = reloader.last();
        if (last.isEmpty()) {
            return response.up().withData("lastReload", "none").build();
        }
        ReloadOutcome outcome = last.get();
        List<RuleSetRef> serving = outcome.serving();
        response.status(outcome.succeeded())
                .withData("lastReload", outcome.succeeded() ? "success" : "failure")
                .withData("lastReloadAt", outcome.at().toString())
                .withData("servingId", joined(serving, RuleSetRef::id))
                .withData("servingVersion", joined(serving, RuleSetRef::version))
                .withData("servingDigest", joined(serving, RuleSetRef::digest));
        if (outcome.error() != null) {
            response.withData("error", outcome.error());
        }
        return response.build();
    }

    /** One field of every serving rule set, in load order, comma-joined as the readiness check does. */
    private static String joined(List<RuleSetRef> refs, Function<RuleSetRef, String> field) {
        return refs.stream().map(field).collect(Collectors.joining(","));
    }
}
