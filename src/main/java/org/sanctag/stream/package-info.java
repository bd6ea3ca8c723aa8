/**
 * Stream mode: sanctag as a Kafka consumer. {@link org.sanctag.stream.ArticleStream} is the one
 * Messaging bean ({@code @Incoming("articles")}, {@code @Outgoing("answers")}); it hands each
 * message to {@link org.sanctag.stream.ArticleTagging}, which reads it exactly as {@code POST /tag}
 * reads a body and answers exactly as {@code POST /tag} answers. Topics, serdes, commit strategy and
 * buffer bounds are in {@code application.properties}; an input offset is committed only once the
 * answer or dead letter it produced is acknowledged by the broker.
 */
package org.sanctag.stream;
