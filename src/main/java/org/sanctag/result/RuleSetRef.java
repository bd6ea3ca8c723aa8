package org.sanctag.result;

/** A rule set that produced an answer: enough to reproduce it. */
public record RuleSetRef(String id, String version, String digest) {}
