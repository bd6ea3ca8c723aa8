package org.sanctag.rules;

import java.util.List;

/**
 * Signals that tie a passage to the sanctioned jurisdiction, or say that goods change hands;
 * {@code include} names a rule set whose signals come first, before any listed here.
 */
public record Context(String include, List<String> jurisdiction, List<String> transfer) {

    public Context {
        include = include == null ? null : Checks.identifier(include, "include", RuleSet.ID, RuleSet.ID_RULE);
        jurisdiction = include == null
                ? Checks.phrases(jurisdiction, "jurisdiction")
                : Checks.optionalPhrases(jurisdiction, "jurisdiction");
        transfer = Checks.optionalPhrases(transfer, "transfer");
    }

    /** This context with the included one's signals in front of its own, each phrase once. */
    Context including(Context included) {
        return new Context(
                include,
                Checks.union(included.jurisdiction(), jurisdiction),
                Checks.union(included.transfer(), transfer));
    }
}
