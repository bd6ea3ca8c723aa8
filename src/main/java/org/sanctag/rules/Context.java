package org.sanctag.rules;

import java.util.List;

/** Signals that tie a passage to the sanctioned jurisdiction, or say that goods change hands. */
public record Context(List<String> jurisdiction, List<String> transfer) {

    public Context {
        jurisdiction = Checks.phrases(jurisdiction, "jurisdiction");
        transfer = Checks.optionalPhrases(transfer, "transfer");
    }
}
