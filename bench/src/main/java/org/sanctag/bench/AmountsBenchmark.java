package org.sanctag.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.sanctag.Tagger;
import org.sanctag.amounts.AmountFinder;
import org.sanctag.result.Passage;
import org.sanctag.result.TagResult;

/**
 * What reading values and quantities adds to the whole path: {@code amountsOfPassages} runs
 * {@link AmountFinder} over exactly the sentences the full path reads it over (the passages of
 * each text, found once in setup), and {@code sanctagFull} is the whole path with it, in the same
 * run, so the two scores compare directly. Run with {@code -p rules=real -p text=5KB}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Threads(1)
public class AmountsBenchmark {

    @Benchmark
    public TagResult sanctagFull(Workload.AllSizes workload, PassagesState state, Processed processed) {
        return state.tagger.tag(workload.texts[processed.next(workload)]);
    }

    @Benchmark
    public int amountsOfPassages(Workload.AllSizes workload, PassagesState state, Processed processed) {
        int text = processed.next(workload);
        int[] bounds = state.passages[text];
        int found = 0;
        for (int p = 0; p < bounds.length; p += 2) {
            found += AmountFinder.find(workload.texts[text], bounds[p], bounds[p + 1])
                    .size();
        }
        return found;
    }

    /** The tagger, and each text's passages as UTF-16 bounds: start, end, start, end ... */
    @State(Scope.Thread)
    public static class PassagesState {

        public Tagger tagger;
        public int[][] passages;

        @Setup(Level.Trial)
        public void setup(Workload.AllSizes workload) {
            tagger = Tagger.of(workload.ruleSet.loaded());
            passages = new int[workload.texts.length][];
            long sentences = 0;
            long amounts = 0;
            for (int t = 0; t < workload.texts.length; t++) {
                String text = workload.texts[t];
                List<Integer> bounds = new ArrayList<>();
                for (Passage passage : tagger.tag(text).passages()) {
                    int start = text.offsetByCodePoints(0, passage.start());
                    int end = text.offsetByCodePoints(0, passage.end());
                    bounds.add(start);
                    bounds.add(end);
                    amounts += AmountFinder.find(text, start, end).size();
                }
                passages[t] = bounds.stream().mapToInt(Integer::intValue).toArray();
                sentences += bounds.size() / 2;
            }
            System.out.printf(
                    "[sanity] %d passages in %d texts, %d amounts in them%n", sentences, passages.length, amounts);
        }
    }
}
