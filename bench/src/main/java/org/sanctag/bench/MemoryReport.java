package org.sanctag.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.sanctag.PhraseCatalog;
import org.sanctag.bench.engines.Engine;
import org.sanctag.bench.engines.Engines;
import org.sanctag.bench.engines.LuceneMonitor;
import org.sanctag.bench.engines.RegexAlternation;
import org.sanctag.bench.engines.SanctagFull;
import org.sanctag.bench.rules.BenchRuleSet;
import org.sanctag.bench.rules.BenchRuleSets;

/**
 * Retained heap of each built engine, per rule-set size, two ways: JOL's
 * {@code GraphLayout.parseInstance(root).totalSize()}, every object reachable from the engine's
 * root (for sanctag, the {@code Tagger}: compiled rules and a summary of the rule set; it does not
 * keep the parsed rule file, which gets a row of its own for reference), and, as a cross-check and
 * for Lucene Monitor (whose object graph reaches into the JVM's own), the growth of the heap in
 * use after full collections while the engine is held (noisy by some 100 KB). Not a JMH benchmark: one
 * measurement per build is exact, not statistical.
 *
 * <pre>
 * java -Xmx8g -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true \
 *     -cp bench/target/benchmarks.jar org.sanctag.bench.MemoryReport \
 *     [--rules real,100,1k,10k,100k] [--engines sanctagFull,sanctagRaw,...] [--seed 42]
 * </pre>
 * The engine's rule records are Java records, whose field offsets {@code Unsafe} refuses: JOL
 * needs {@code -Djol.magicFieldOffset=true} (set here if absent) to walk them.
 */
public final class MemoryReport {

    private MemoryReport() {}

    public static void main(String[] arguments) throws Exception {
        if (System.getProperty("jol.magicFieldOffset") == null) {
            System.setProperty("jol.magicFieldOffset", "true");
        }
        Args args = new Args(arguments);
        List<String> ruleSets = args.list("rules", BenchRuleSets.NAMES);
        List<String> engines = args.list("engines", Engines.NAMES);
        long seed = Long.parseLong(args.value("seed", "42"));

        System.out.println("| rules | terms | phrases | engine | JOL retained bytes | JOL bytes per term "
                + "| heap growth after GC | growth per term |");
        System.out.println("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |");
        warmUp(engines, seed);
        for (String name : ruleSets) {
            BenchRuleSet rules = BenchRuleSets.load(name, seed);
            PhraseCatalog vocabulary = PhraseCatalog.of(rules.loaded().rules());
            // The parsed rule file, for reference only: Tagger.of compiles it and keeps a summary, so it
            // is not part of sanctagFull's retained heap.
            row(
                    rules,
                    vocabulary,
                    "parsed rule file (not retained by the Tagger)",
                    GraphLayout.parseInstance(rules.loaded()).totalSize(),
                    -1);
            for (String engineName : engines) {
                if (engineName.equals("regex") && rules.termCount() > RegexAlternation.MAX_TERMS) {
                    continue;
                }
                long before = usedAfterGc();
                try (Engine engine = Engines.build(engineName, rules, vocabulary)) {
                    long growth = usedAfterGc() - before;
                    // A Monitor reaches its purge executor's thread and through it class loaders and
                    // the JDK's caches, so JOL's walk of it measures the JVM, not the Monitor.
                    long bytes = engine instanceof LuceneMonitor
                            ? -1
                            : GraphLayout.parseInstance(engine.footprint()).totalSize();
                    row(rules, vocabulary, engineName, bytes, growth);
                    if (engine instanceof SanctagFull full) {
                        System.err.printf(
                                Locale.ROOT,
                                "(%s: Tagger.termCount() = %d)%n",
                                name,
                                full.tagger().termCount());
                    }
                }
            }
        }
    }

    /**
     * Builds every engine once, so class loading and the libraries' lazily loaded static data
     * (ICU's break rules, regex caches) are not counted as the first engine's growth.
     */
    private static void warmUp(List<String> engines, long seed) throws Exception {
        BenchRuleSet rules = BenchRuleSets.load("real", seed);
        PhraseCatalog vocabulary = PhraseCatalog.of(rules.loaded().rules());
        for (String engineName : engines) {
            try (Engine engine = Engines.build(engineName, rules, vocabulary)) {
                engine.count(engine.prepare("Kim Jong Un’s Rolls-Royce Phantom and a Mercedes-Maybach limousine."));
            }
        }
    }

    /** Heap in use after full collections: the growth while an engine is held is what it retains. */
    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void row(BenchRuleSet rules, PhraseCatalog vocabulary, String engine, long bytes, long growth) {
        int terms = rules.termCount();
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %s | %s | %s | %s | %s |%n",
                rules.name(),
                terms,
                vocabulary.size(),
                engine,
                bytes < 0 ? "-" : String.format(Locale.ROOT, "%,d", bytes),
                bytes < 0 ? "-" : String.format(Locale.ROOT, "%.0f", (double) bytes / terms),
                growth < 0 ? "-" : String.format(Locale.ROOT, "%,d", growth),
                growth < 0 ? "-" : String.format(Locale.ROOT, "%.0f", (double) growth / terms));
        System.out.flush();
    }
}
