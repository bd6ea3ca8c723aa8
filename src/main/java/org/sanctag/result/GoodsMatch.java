package org.sanctag.result;

/** Words that name a sanctioned good, the category they belong to and the rule that found them. */
public record GoodsMatch(int start, int end, String text, String category, String rule) {}
