package org.sanctag.boot;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every sanctag setting; each can also be set from the environment (SANCTAG_RULES_FILE ...). */
@ConfigMapping(prefix = "sanctag")
public interface SanctagConfig {

    Rules rules();

    Limits limits();

    Stream stream();

    interface Rules {
        /**
         * One rule file to load instead of the bundled rule sets; it may include bundled ones by id.
         * Not together with {@link #directory()}.
         */
        Optional<Path> file();

        /**
         * A directory whose every {@code *.yaml} file is a rule file to load, instead of the bundled
         * rule sets; they may include one another and bundled ones by id.
         */
        Optional<Path> directory();

        /**
         * The rule sets (ids, comma-separated) a request that names none is tagged against; default
         * {@code un-dprk-luxury} when it is loaded, else every loaded set.
         */
        @WithName("default")
        Optional<List<String>> defaults();

        /** Reloading a configured rule file or directory when it changes, without a restart. */
        Reload reload();
    }

    /** Watching the configured rule file or directory ({@link RulesReloader}); the bundled rules are never watched. */
    interface Reload {
        /** Whether a configured rule file is watched and reloaded when it changes; default true. */
        @WithDefault("true")
        boolean enabled();

        /** How often the file is looked at (modification time, size, content, where its links lead); default 2s. */
        @WithDefault("2s")
        Duration interval();
    }

    interface Limits {
        /**
         * The largest request body accepted, default 1M (1 MiB); a larger body gets 413. It must not
         * be above Quarkus's own cap, {@code quarkus.http.limits.max-body-size} (16M here), which
         * would answer first without a word: {@link LimitsCheck} refuses to start if it is.
         */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /**
         * The largest NDJSON batch ({@code POST /tag} with {@code application/x-ndjson}), default 256M;
         * it is read line by line, so it may be far larger than the heap. Each line has
         * {@link #maxBodySize()} as its limit.
         */
        @WithDefault("256M")
        MemorySize maxBatchSize();

        /** The longest {@code id} a request may carry, in characters (code points); default 256. */
        @WithDefault("256")
        int maxIdLength();

        /** The most goods matches one answer reports; past it the answer says {@code truncated}. */
        @WithDefault("10000")
        int maxMatches();

        /** The most entries an {@code explain=true} answer lists; past it the answer says {@code truncated}. */
        @WithDefault("10000")
        int maxExplanationEntries();

        /**
         * How much memory the requests being tagged at one time may claim, estimated from their sizes
         * (see {@code api.AdmissionControl}); a request that would pass it gets 503 with Retry-After.
         * Default: half the maximum heap.
         */
        Optional<MemorySize> inFlightBudget();

        /**
         * Documents larger than this are tagged on worker threads rather than on the event loop, so
         * small requests never wait behind them; default 64K.
         */
        @WithDefault("64K")
        MemorySize largeDocumentSize();
    }

    /** Stream mode: tag a Kafka topic of articles into a topic of answers (README, "Stream mode"). */
    interface Stream {
        /** Whether sanctag consumes the input topic; default false (the HTTP API runs either way). */
        @WithDefault("false")
        boolean enabled();

        /** The topic of articles to tag; default {@code articles}. */
        @WithDefault("articles")
        String inputTopic();

        /** The topic the answers go to, one per article, keyed as the article was; default {@code articles-tagged}. */
        @WithDefault("articles-tagged")
        String outputTopic();

        /** The topic for messages that cannot be tagged, with the problem in headers; default {@code articles-dlq}. */
        @WithDefault("articles-dlq")
        String deadLetterTopic();

        /** The consumer group every sanctag instance joins, so that they split the partitions; default {@code sanctag}. */
        @WithDefault("sanctag")
        String groupId();

        /** Whether every answer carries the explanation, as {@code POST /tag?explain=true} does; default false. */
        @WithDefault("false")
        boolean explain();

        /**
         * The rule sets (ids, comma-separated) every article is tagged against, as
         * {@code POST /tag?rulesets=} chooses them; default: {@code sanctag.rules.default}'s.
         */
        Optional<List<String>> rulesets();
    }
}
