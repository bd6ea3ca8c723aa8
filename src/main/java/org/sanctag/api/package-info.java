/**
 * The only package that knows HTTP: the resources, the request reader, the wire records and the
 * one place ({@link org.sanctag.api.ProblemMapper}) that turns errors into
 * {@code application/problem+json} (RFC 9457).
 */
package org.sanctag.api;
