package org.sanctag.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private final List<String> lines = new ArrayList<>();
    private final NdjsonLines splitter = new NdjsonLines(
            10, line -> lines.add(line.number() + ":" + (line.tooLong() ? "TOO LONG" : text(line.content()))));

    @Test
    void splitsLinesAcrossChunksAndNumbersThemFromOneCountingBlankOnes() {
        feed("ab", "c\n\n  \nd", "e\r\nf");
        splitter.end();
        assertEquals(List.of("1:abc", "4:de", "5:f"), lines);
    }

    @Test
    void reportsALineOverTheLimitWithoutKeepingItAndGoesOn() {
        feed("0123456789\n", "0123456789", "X\nok\n", "0123456789\r\n");
        splitter.end();
        assertEquals(List.of("1:0123456789", "2:TOO LONG", "3:ok", "4:0123456789"), lines);
    }

    @Test
    void aLastLineWithoutLineBreakCountsAndAFinalBreakAddsNoLine() {
        feed("a\n");
        splitter.end();
        assertEquals(List.of("1:a"), lines);
    }

    private void feed(String... chunks) {
        for (String chunk : chunks) {
            splitter.feed(chunk.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(byte[] content) {
        return new String(content, StandardCharsets.UTF_8);
    }
}
