package org.sanctag.result;

/**
 * One place where a term of a rule of rule set {@code ruleset} was found, with what became of it and why: the explanation a user
 * asks for with {@code explain=true}. Offsets are code points, like a passage's.
 */
public record Candidate(
        int start,
        int end,
        String text,
        String ruleset,
        String category,
        String rule,
        Verdict verdict,
        String reason,
        Relevance relevance,
        String relevanceReason) {}
