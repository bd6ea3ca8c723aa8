package org.sanctag.result;

/**
 * Words that name a sanctioned good, the rule set and category they belong to and the rule that
 * found them; the same words matched by two rule sets are two matches.
 */
public record GoodsMatch(int start, int end, String text, String ruleset, String category, String rule) {}
