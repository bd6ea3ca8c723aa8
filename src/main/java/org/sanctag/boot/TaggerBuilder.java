package org.sanctag.boot;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import org.sanctag.AnswerLimits;
import org.sanctag.Tagger;
import org.sanctag.rules.InvalidRuleFileException;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.RuleSetLoader;

/**
 * Configuration, then the rule set(s) it names, then a {@link Tagger}: the one place an engine is
 * built, at start-up ({@link TaggerProducer}) and on every reload ({@link RulesReloader}) alike, so
 * a reload loads exactly what a restart would.
 */
@ApplicationScoped
public class TaggerBuilder {

    private final SanctagConfig config;

    public TaggerBuilder(SanctagConfig config) {
        this.config = config;
    }

    /**
     * Reads and compiles everything the configuration names, beside whatever is serving.
     *
     * @throws InvalidRuleFileException naming the file, line and problem, when a rule file does not load
     */
    public Built build() {
        LoadedRuleSet loaded =
                config.rules().file().map(RuleSetLoader::fromFile).orElseGet(RuleSetLoader::bundled);
        Tagger tagger = Tagger.of(
                loaded,
                new AnswerLimits(config.limits().maxMatches(), config.limits().maxExplanationEntries()));
        return new Built(tagger, loaded.location());
    }

    /** What a reload watches: the configured rule file (a directory works too); empty for the bundled rules. */
    public Optional<Path> watched() {
        return config.rules().file();
    }

    /** A freshly built engine and where its rules came from. */
    public record Built(Tagger tagger, String location) {}
}
