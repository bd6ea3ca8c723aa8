package org.sanctag.boot;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start with limits that contradict each other: a {@code sanctag.limits.max-body-size}
 * above Quarkus's own body cap would never be reached, since Quarkus would refuse such bodies
 * first with an empty 413.
 */
@ApplicationScoped
public class LimitsCheck {

    static final String QUARKUS_BODY_LIMIT = "quarkus.http.limits.max-body-size";

    void onStart(
            @Observes StartupEvent event,
            SanctagConfig config,
            @ConfigProperty(name = QUARKUS_BODY_LIMIT) MemorySize quarkusBodyLimit) {
        String problem = problem(config.limits().maxBodySize().asLongValue(), quarkusBodyLimit.asLongValue());
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    /** What is wrong with the two body limits, or null when they agree. */
    static String problem(long sanctagBodyLimit, long quarkusBodyLimit) {
        if (sanctagBodyLimit <= quarkusBodyLimit) {
            return null;
        }
        return "sanctag.limits.max-body-size (" + sanctagBodyLimit + " bytes) is above " + QUARKUS_BODY_LIMIT
                + " (" + quarkusBodyLimit + " bytes), which would refuse such bodies first; raise "
                + QUARKUS_BODY_LIMIT + " to at least the same value, or lower sanctag.limits.max-body-size.";
    }
}
