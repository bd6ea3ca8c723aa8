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
        TaggerBuilder.Built built = builder.build();
        Tagger tagger = built.tagger();
        LOG.infof(
                "Loaded rule set %s version %s from %s (%d categories, %d terms, %s)",
                tagger.ruleSetRef().id(),
                tagger.ruleSetRef().version(),
                built.location(),
                tagger.ruleSet().categories().size(),
                tagger.termCount(),
                tagger.ruleSetRef().digest());
        return new ServingTagger(tagger);
    }
}
