package org.sanctag.boot;

import java.time.Duration;
import java.time.Instant;
import org.sanctag.result.RuleSetRef;

/**
 * What one reload of the rule file did: whether the new rules now serve, when it ran, how long
 * reading and compiling took, the file's problem when it failed ({@code error}, null on success),
 * and the rule set serving afterwards (the new one, or the last good one it kept).
 */
public record ReloadOutcome(boolean succeeded, Instant at, Duration took, String error, RuleSetRef serving) {}
