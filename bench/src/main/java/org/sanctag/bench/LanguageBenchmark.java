package org.sanctag.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctag.Tagger;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/**
 * The full path ({@code Tagger.tag}) with the bundled rules on real news in one language: every
 * article of the evaluation corpus {@code src/test/resources/eval/<lang>} (run from the repository
 * root), each repeated to about 5 KB so that the size matches MatchBenchmark's main case. The score
 * is articles per second; {@code bytes} is UTF-8 bytes per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Threads(1)
public class LanguageBenchmark {

    @State(Scope.Thread)
    public static class Articles {
        @Param({"ko", "ja", "zh", "ru"})
        public String lang;

        Tagger tagger;
        String[] texts;
        long[] bytes;

        @Setup(Level.Trial)
        public void setup() {
            tagger = Tagger.of(RuleSetLoader.bundled());
            List<String> articles = new ArrayList<>();
            for (String split : List.of("tuning", "heldout")) {
                try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval", lang, split))) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
                            .sorted()
                            .toList()) {
                        articles.add(toAbout5KB(Files.readString(file)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            texts = articles.toArray(String[]::new);
            bytes = articles.stream()
                    .mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length)
                    .toArray();
        }

        private static String toAbout5KB(String article) {
            StringBuilder text = new StringBuilder(article);
            while (text.toString().getBytes(StandardCharsets.UTF_8).length < 5 * 1024) {
                text.append("\n\n").append(article);
            }
            return text.toString();
        }
    }

    /** Which article comes next, and the UTF-8 bytes processed (JMH reports them per second). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counted {
        public long bytes;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Benchmark
    public TagResult sanctagFull(Articles articles, Counted counted) {
        int index = counted.next++ % articles.texts.length;
        counted.bytes += articles.bytes[index];
        return articles.tagger.tag(articles.texts[index]);
    }
}
