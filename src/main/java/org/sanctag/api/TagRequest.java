package org.sanctag.api;

/** One document to tag; {@code id} is the caller's own reference, echoed in the answer. */
public record TagRequest(String text, String id) {}
