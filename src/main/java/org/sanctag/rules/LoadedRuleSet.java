package org.sanctag.rules;

/** A rule set with where it came from and the SHA-256 of its file, which every answer echoes. */
public record LoadedRuleSet(RuleSet rules, String location, String digest) {}
