package org.sanctag.bench;

import java.util.concurrent.TimeUnit;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctag.bench.engines.AhoCorasick;
import org.sanctag.bench.engines.DoubleArrayTrie;
import org.sanctag.bench.engines.LuceneMonitor;
import org.sanctag.bench.engines.RegexAlternation;
import org.sanctag.bench.engines.SanctagFull;
import org.sanctag.bench.engines.SanctagRaw;
import org.sanctag.result.TagResult;

/**
 * sanctag against its baselines, side by side, one text per operation: the score is documents per
 * second, and the secondary result {@code bytes} is UTF-8 bytes per second. Single-threaded, as
 * the targets are per core. Parameters: {@code rules} (real, 100, 1k, 10k, 100k terms),
 * {@code text} (280B, 5KB, 100KB, 10MB) and {@code seed}. See bench/README.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Threads(1)
public class MatchBenchmark {

    @Benchmark
    public TagResult sanctagFull(Workload.AllSizes workload, SanctagFullState state, Processed processed) {
        return state.engine.tagger().tag(state.prepared[processed.next(workload)]);
    }

    @Benchmark
    public long sanctagRaw(Workload.AllSizes workload, SanctagRawState state, Processed processed) {
        return state.engine.count(state.prepared[processed.next(workload)]);
    }

    @Benchmark
    public MatchingQueries<HighlightsMatch> luceneMonitor(
            Workload.AllSizes workload, LuceneMonitorState state, Processed processed) {
        return state.engine.match(state.prepared[processed.next(workload)]);
    }

    @Benchmark
    public long ahoCorasick(Workload.AllSizes workload, AhoCorasickState state, Processed processed) {
        return state.engine.count(state.prepared[processed.next(workload)]);
    }

    @Benchmark
    public long doubleArrayTrie(Workload.AllSizes workload, DoubleArrayTrieState state, Processed processed) {
        return state.engine.count(state.prepared[processed.next(workload)]);
    }

    /** Only up to 1k terms: see {@link RegexAlternation}. */
    @Benchmark
    public long regex(Workload.UpTo1k workload, RegexState state, Processed processed) {
        return state.engine.count(state.prepared[processed.next(workload)]);
    }

    @State(Scope.Thread)
    public static class SanctagFullState extends EngineState<SanctagFull> {
        @Setup(Level.Trial)
        public void setup(Workload.AllSizes workload) {
            init(() -> new SanctagFull(workload.ruleSet), workload);
        }
    }

    @State(Scope.Thread)
    public static class SanctagRawState extends EngineState<SanctagRaw> {
        @Setup(Level.Trial)
        public void setup(Workload.AllSizes workload) {
            init(() -> new SanctagRaw(workload.vocabulary), workload);
        }
    }

    @State(Scope.Thread)
    public static class LuceneMonitorState extends EngineState<LuceneMonitor> {
        @Setup(Level.Trial)
        public void setup(Workload.AllSizes workload) {
            init(() -> new LuceneMonitor(workload.vocabulary), workload);
        }
    }

    @State(Scope.Thread)
    public static class AhoCorasickState extends EngineState<AhoCorasick> {
        @Setup(Level.Trial)
        public void setup(Workload.AllSizes workload) {
            init(() -> new AhoCorasick(workload.vocabulary), workload);
        }
    }

    @State(Scope.Thread)
    public static class DoubleArrayTrieState extends EngineState<DoubleArrayTrie> {
        @Setup(Level.Trial)
        public void setup(Workload.AllSizes workload) {
            init(() -> new DoubleArrayTrie(workload.vocabulary), workload);
        }
    }

    @State(Scope.Thread)
    public static class RegexState extends EngineState<RegexAlternation> {
        @Setup(Level.Trial)
        public void setup(Workload.UpTo1k workload) {
            init(() -> new RegexAlternation(workload.vocabulary, workload.ruleSet.termCount()), workload);
        }
    }
}
