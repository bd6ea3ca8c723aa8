package org.sanctag.boot;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.sanctag.Tagger;

/**
 * Builds the serving {@link Tagger} at start-up, so a broken rule file stops the service at once.
 */
@ApplicationScoped
public class TaggerProducer {

    private static final Logger LOG = Logger.getLogger(TaggerProducer.class);

    @Produces
    @Singleton
    @Startup
    ServingTagger tagger(TaggerBuilder builder) {
        Tagger tagger = builder.build().tagger();
        LOG.infof("Requests that choose no rule set are tagged against %s", String.join(", ", tagger.defaults()));
        return new ServingTagger(tagger);
    }
}
