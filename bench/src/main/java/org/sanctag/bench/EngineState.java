package org.sanctag.bench;

import java.util.Locale;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.sanctag.bench.engines.Engine;

/**
 * An engine built for one workload, with the texts as it takes them ({@link Engine#prepare},
 * outside the timed region). On setup it prints how many hits it finds in the text pool, so a
 * run shows at once whether the engines do comparable work.
 */
public abstract class EngineState<E extends Engine> {

    public E engine;
    public String[] prepared;

    protected void init(Supplier<E> build, Workload workload) {
        long start = System.nanoTime();
        engine = build.get();
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        prepared = new String[workload.texts.length];
        for (int i = 0; i < prepared.length; i++) {
            prepared[i] = engine.prepare(workload.texts[i]);
        }
        long first = engine.count(prepared[0]);
        long all = first;
        for (int i = 1; i < prepared.length; i++) {
            all += engine.count(prepared[i]);
        }
        System.out.printf(
                Locale.ROOT,
                "[sanity] engine=%s rules=%s text=%s: built in %d ms; %d hits in text 0, "
                        + "%d in all %d texts, %.2f hits per KB%n",
                engine.name(),
                workload.ruleSet.name(),
                workload.size.param(),
                buildMillis,
                first,
                all,
                prepared.length,
                all * 1024.0 / total(workload));
    }

    private static long total(Workload workload) {
        long total = 0;
        for (int b : workload.bytes) {
            total += b;
        }
        return total;
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }
}
