package org.sanctag.boot;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.sanctag.result.RuleSetRef;
import org.sanctag.rules.InvalidRuleFileException;

/**
 * Reloads the configured rule file when it changes, without a restart: the new rules are read and
 * compiled beside the serving engine and swapped in only once they have compiled; a file that does
 * not load leaves the last good rules serving, and says why in the log, in {@code /q/health} and in
 * the metrics (each outcome is fired as a {@link ReloadOutcome} event). Watching is on for a
 * configured file unless {@code sanctag.rules.reload.enabled=false}; the bundled rules never change.
 */
@ApplicationScoped
public class RulesReloader {

    private static final Logger LOG = Logger.getLogger(RulesReloader.class);

    private final TaggerBuilder builder;
    private final ServingTagger serving;
    private final SanctagConfig.Reload settings;
    private final Event<ReloadOutcome> outcomes;
    private volatile ReloadOutcome last;
    private RuleFileWatcher watcher;

    public RulesReloader(
            TaggerBuilder builder, ServingTagger serving, SanctagConfig config, Event<ReloadOutcome> outcomes) {
        this.builder = builder;
        this.serving = serving;
        this.settings = config.rules().reload();
        this.outcomes = outcomes;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<Path> source = watched();
        if (source.isEmpty()) {
            return;
        }
        Duration interval = settings.interval();
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalStateException("sanctag.rules.reload.interval must be positive, not " + interval
                    + "; to stop watching the rule file, set sanctag.rules.reload.enabled=false.");
        }
        watcher = new RuleFileWatcher(source.get(), this::reload);
        watcher.start(interval);
        LOG.infof("Watching %s for rule changes every %d ms", source.get(), interval.toMillis());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
    }

    /** The file or directory being watched: empty for the bundled rules, or when reload is off. */
    public Optional<Path> watched() {
        return settings.enabled() ? builder.watched() : Optional.empty();
    }

    public Duration interval() {
        return settings.interval();
    }

    /** The last reload's outcome; empty until the file first changes. */
    public Optional<ReloadOutcome> last() {
        return Optional.ofNullable(last);
    }

    /** Builds the rules the configuration names beside the serving ones, and swaps them in if they load. */
    synchronized ReloadOutcome reload() {
        Instant at = Instant.now();
        long start = System.nanoTime();
        ReloadOutcome outcome;
        try {
            TaggerBuilder.Built built = builder.build();
            serving.replace(built.tagger());
            outcome = new ReloadOutcome(
                    true, at, since(start), null, built.tagger().ruleSetRefs());
            LOG.infof(
                    "Reloaded rule sets %s from %s in %d ms (%d terms)",
                    describe(outcome.serving()),
                    built.location(),
                    outcome.took().toMillis(),
                    built.tagger().termCount());
        } catch (InvalidRuleFileException e) {
            outcome = failed(at, start, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Unexpected error while reloading the rules", e);
            outcome = failed(at, start, "Reloading the rules failed: " + e);
        }
        last = outcome;
        outcomes.fire(outcome);
        return outcome;
    }

    private ReloadOutcome failed(Instant at, long start, String error) {
        List<RuleSetRef> kept = serving.current().ruleSetRefs();
        LOG.errorf("Rule reload failed, still serving rule sets %s: %s", describe(kept), error);
        return new ReloadOutcome(false, at, since(start), error, kept);
    }

    /** "id version (digest)" for each set, comma-separated, for the log. */
    private static String describe(List<RuleSetRef> refs) {
        return refs.stream()
                .map(ref -> ref.id() + " " + ref.version() + " (" + ref.digest() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
