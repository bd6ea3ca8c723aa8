package org.sanctag.boot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sanctag.result.RuleSetRef;

/**
 * What one reload of the rule file did: whether the new rules now serve, when it ran, how long
 * reading and compiling took, the file's problem when it failed ({@code error}, null on success),
 * and the rule sets serving afterwards (the new ones, or the last good ones it kept).
 */
public record ReloadOutcome(boolean succeeded, Instant at, Duration took, String error, List<RuleSetRef> serving) {

    public ReloadOutcome {
        serving = List.copyOf(serving);
    }
}
