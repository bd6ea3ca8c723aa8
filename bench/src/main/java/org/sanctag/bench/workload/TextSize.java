package org.sanctag.bench.workload;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The text sizes benchmarked, by the value of the JMH parameter {@code text}. A benchmark cycles
 * through a pool of distinct texts of one size, so no single text's branches are learnt by heart.
 */
public enum TextSize {
    /** A social-media post or a search snippet: at most 280 UTF-8 bytes, one paragraph. */
    SNIPPET("280B", 280, 512),
    /** A news article with a headline, a dateline and paragraphs: the main case. */
    ARTICLE("5KB", 5 * 1024, 64),
    /** A long report. */
    DOCUMENT("100KB", 100 * 1024, 8),
    /** One 10 MB text: articles one after another, as a bulk export would be. */
    BULK("10MB", 10 * 1024 * 1024, 1);

    private final String param;
    private final int bytes;
    private final int poolSize;

    TextSize(String param, int bytes, int poolSize) {
        this.param = param;
        this.bytes = bytes;
        this.poolSize = poolSize;
    }

    public static TextSize of(String param) {
        return Arrays.stream(values())
                .filter(size -> size.param.equalsIgnoreCase(param))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("text size '" + param + "' is not one of "
                        + Arrays.stream(values()).map(TextSize::param).collect(Collectors.joining(", "))));
    }

    public String param() {
        return param;
    }

    /** The target size in UTF-8 bytes: a snippet stays under it, the others just pass it. */
    public int bytes() {
        return bytes;
    }

    public int poolSize() {
        return poolSize;
    }
}
