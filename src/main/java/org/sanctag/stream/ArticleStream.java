package org.sanctag.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.sanctag.api.LargeDocuments;
import org.sanctag.boot.SanctagConfig;
import org.sanctag.metrics.MeteredTagging;
import org.sanctag.result.RuleSetRef;

/**
 * The stream: each article of the input topic becomes one answer on the output topic, or one dead
 * letter. The outgoing message carries the incoming one's acknowledgement, so the input offset is
 * committed (throttled, in order per partition) only once the broker has acknowledged what it
 * became. Channels, topics and serdes are configured in {@code application.properties}.
 *
 * <p>Where an article is tagged, as {@code POST /tag} does it: an ordinary one right on the
 * consumer's event loop, a large one on {@link LargeDocuments}' workers. Messaging would otherwise
 * take a method returning a plain {@code Message} for blocking and, to keep the order, hand each
 * article to a worker and back one at a time ({@code @Blocking(ordered = true)}): two thread
 * wake-ups per article, in series, with nothing else in flight. That capped one instance at about
 * 200 to 300 articles a second on a loaded machine, tagging 5 KB in well under a millisecond
 * (docs/PERFORMANCE.md (g)). Returning a {@code Uni} keeps the order just the same: Messaging
 * takes the next article only once the last one's {@code Uni} has its answer.
 */
@ApplicationScoped
public class ArticleStream {

    private static final Logger LOG = Logger.getLogger(ArticleStream.class);

    private final ArticleTagging tagging;
    private final StreamCounters counters;
    private final String deadLetterTopic;
    private final boolean enabled;

    private final LargeDocuments largeDocuments;

    public ArticleStream(
            MeteredTagging tagging,
            ObjectMapper json,
            SanctagConfig config,
            StreamCounters counters,
            LargeDocuments largeDocuments) {
        this.tagging = new ArticleTagging(
                tagging,
                json.writer(),
                config.limits().maxBodySize().asLongValue(),
                config.limits().maxIdLength(),
                config.stream().explain(),
                config.stream().rulesets().orElse(List.of()));
        this.counters = counters;
        this.deadLetterTopic = config.stream().deadLetterTopic();
        this.enabled = config.stream().enabled();
        this.largeDocuments = largeDocuments;
    }

    @Incoming("articles")
    @Outgoing("answers")
    @NonBlocking
    public Uni<Message<byte[]>> tag(Message<byte[]> article) {
        byte[] value = article.getPayload();
        if (value == null || !largeDocuments.isLarge(value.length)) {
            return Uni.createFrom().item(answer(article));
        }
        return Uni.createFrom().item(() -> answer(article)).runSubscriptionOn(largeDocuments.workers());
    }

    /** The answer (or dead letter) for one article, carrying its acknowledgement. */
    private Message<byte[]> answer(Message<byte[]> article) {
        counters.received();
        IncomingKafkaRecordMetadata<?, ?> in =
                article.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow();
        byte[] key = (byte[]) in.getKey();
        Outcome outcome = tagging.tag(key, article.getPayload(), header(in.getHeaders(), StreamHeaders.CONTENT_TYPE));
        if (outcome instanceof Outcome.Answer answer) {
            OutgoingKafkaRecordMetadata<byte[]> out = OutgoingKafkaRecordMetadata.<byte[]>builder()
                    .withKey(key)
                    .withHeaders(answerHeaders(answer.ruleset()))
                    .build();
            return forward(article, answer.json(), out, counters::answered);
        }
        Outcome.DeadLetter problem = (Outcome.DeadLetter) outcome;
        RecordHeaders headers = new RecordHeaders(in.getHeaders().toArray());
        headers.add(StreamHeaders.PROBLEM_STATUS, utf8(Integer.toString(problem.status())));
        headers.add(StreamHeaders.PROBLEM_DETAIL, utf8(problem.detail()));
        OutgoingKafkaRecordMetadata<byte[]> out = OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withTopic(deadLetterTopic)
                .withKey(key)
                .withHeaders(headers)
                .build();
        return forward(article, article.getPayload(), out, counters::deadLettered);
    }

    /** A new message whose broker acknowledgement acknowledges the article (and whose failure fails it). */
    private static Message<byte[]> forward(
            Message<byte[]> article, byte[] value, OutgoingKafkaRecordMetadata<byte[]> out, Runnable onAck) {
        return Message.of(
                value,
                Metadata.of(out),
                () -> {
                    onAck.run();
                    return article.ack();
                },
                article::nack);
    }

    /** After the channels have drained (a graceful stop finishes what is in flight first). */
    @PreDestroy
    void logCountsOnStop() {
        if (enabled) {
            LOG.infof(
                    "Stream stopped: %d articles received, %d answers and %d dead letters acknowledged",
                    counters.receivedCount(), counters.answeredCount(), counters.deadLetteredCount());
        }
    }

    /** The rule sets that answered, in the answer's order, each header a comma-joined list. */
    private static Headers answerHeaders(List<RuleSetRef> refs) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(StreamHeaders.CONTENT_TYPE, utf8("application/json"));
        headers.add(StreamHeaders.RULESET_ID, utf8(joined(refs, RuleSetRef::id)));
        headers.add(StreamHeaders.RULESET_VERSION, utf8(joined(refs, RuleSetRef::version)));
        headers.add(StreamHeaders.RULESET_DIGEST, utf8(joined(refs, RuleSetRef::digest)));
        return headers;
    }

    private static String joined(List<RuleSetRef> refs, Function<RuleSetRef, String> part) {
        return refs.stream().map(part).collect(Collectors.joining(","));
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
