package org.sanctag.stream;

import java.util.List;
import org.sanctag.result.RuleSetRef;

/** What one article becomes: an answer for the output topic, or a dead letter naming the problem. */
sealed interface Outcome {

    /** The JSON {@code POST /tag} would have answered, byte for byte, and the rule sets that gave it. */
    record Answer(byte[] json, List<RuleSetRef> ruleset) implements Outcome {}

    /** The HTTP status and detail {@code POST /tag} would have answered with, for the same body. */
    record DeadLetter(int status, String detail) implements Outcome {}
}
