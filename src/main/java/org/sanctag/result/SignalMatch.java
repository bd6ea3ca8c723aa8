package org.sanctag.result;

/** Words that tie a passage to the jurisdiction or to a transfer of goods. */
public record SignalMatch(int start, int end, String text, SignalKind kind) {}
