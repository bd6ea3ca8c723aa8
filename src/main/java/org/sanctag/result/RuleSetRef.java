package org.sanctag.result;

/** Which rule set produced an answer: enough to reproduce it. */
public record RuleSetRef(String id, String version, String digest) {}
