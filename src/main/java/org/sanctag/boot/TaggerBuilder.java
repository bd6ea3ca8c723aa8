package org.sanctag.boot;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.sanctag.AnswerLimits;
import org.sanctag.Tagger;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.rules.InvalidRuleFileException;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.LoadedRuleSets;
import org.sanctag.rules.RuleSetLoader;

/**
 * Configuration, then the rule sets it names, then a {@link Tagger}: the one place an engine is
 * built, at start-up ({@link TaggerProducer}) and on every reload ({@link RulesReloader}) alike, so
 * a reload loads exactly what a restart would.
 */
@ApplicationScoped
public class TaggerBuilder {

    private static final Logger LOG = Logger.getLogger(TaggerBuilder.class);

    private final SanctagConfig config;

    public TaggerBuilder(SanctagConfig config) {
        this.config = config;
    }

    /**
     * Reads and compiles everything the configuration names ({@code sanctag.rules.*}), each set
     * once, beside whatever is serving.
     *
     * @throws InvalidRuleFileException naming the file, line and problem, when a rule file does not load
     * @throws IllegalStateException when the rule settings do not fit together
     */
    public Built build() {
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
        String locations = loaded.sets().stream().map(LoadedRuleSet::location).collect(Collectors.joining(", "));
        return new Built(tagger, locations);
    }

    /** What a reload watches: the configured rule file or directory; empty for the bundled rules. */
    public Optional<Path> watched() {
        return config.rules().file().or(() -> config.rules().directory());
    }

    /** A freshly built engine and where its rules came from. */
    public record Built(Tagger tagger, String location) {}
}
