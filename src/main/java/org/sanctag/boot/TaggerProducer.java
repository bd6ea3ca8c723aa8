package org.sanctag.boot;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.jboss.logging.Logger;
import org.sanctag.AnswerLimits;
import org.sanctag.Tagger;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.rules.InvalidRuleFileException;
import org.sanctag.rules.LoadedRuleSets;
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
        return new ServingTagger(build(config));
    }

    /**
     * A tagger of the rule sets the settings name ({@code sanctag.rules.*}), each compiled once: at
     * start-up, and again for each reload. Throws if a rule file is broken or a setting is wrong.
     */
    public static Tagger build(SanctagConfig config) {
        LoadedRuleSets loaded;
        try {
            loaded = RuleSetLoader.configured(
                    config.rules().file(),
                    config.rules().directory(),
                    config.rules().defaults().orElse(List.of()));
        } catch (InvalidRuleFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The rule settings (sanctag.rules.file, sanctag.rules.directory, sanctag.rules.default) "
                            + "do not fit together: " + e.getMessage(),
                    e);
        }
        Tagger tagger = Tagger.of(
                loaded,
                new AnswerLimits(config.limits().maxMatches(), config.limits().maxExplanationEntries()));
        for (int set = 0; set < loaded.sets().size(); set++) {
            RuleSetSummary summary = tagger.ruleSets().get(set);
            LOG.infof(
                    "Loaded rule set %s version %s from %s (%d categories, %d terms, %s)",
                    summary.id(),
                    summary.version(),
                    loaded.sets().get(set).location(),
                    summary.categories().size(),
                    summary.terms(),
                    summary.digest());
        }
        LOG.infof("Requests that choose no rule set are tagged against %s", String.join(", ", tagger.defaults()));
        return tagger;
    }
}
