package org.sanctag.boot;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.sanctag.AnswerLimits;
import org.sanctag.Tagger;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.RuleSetLoader;

/**
 * Builds the serving {@link Tagger} at start-up, so a broken rule file stops the service at once.
 */
@ApplicationScoped
public class TaggerProducer {

    private static final Logger LOG = Logger.getLogger(TaggerProducer.class);

    @Produces
    @Singleton
    @Startup
    ServingTagger tagger(SanctagConfig config) {
        LoadedRuleSet loaded =
                config.rules().file().map(RuleSetLoader::fromFile).orElseGet(RuleSetLoader::bundled);
        Tagger tagger = Tagger.of(
                loaded,
                new AnswerLimits(config.limits().maxMatches(), config.limits().maxExplanationEntries()));
        LOG.infof(
                "Loaded rule set %s version %s from %s (%d categories, %d terms, %s)",
                loaded.rules().id(),
                loaded.rules().version(),
                loaded.location(),
                loaded.rules().categories().size(),
                tagger.termCount(),
                loaded.digest());
        return new ServingTagger(tagger);
    }
}
