package org.sanctag.bench;

import java.util.List;
import java.util.Locale;
import org.sanctag.bench.engines.Engine;
import org.sanctag.bench.engines.Engines;
import org.sanctag.bench.engines.RegexAlternation;
import org.sanctag.bench.rules.BenchRuleSet;
import org.sanctag.bench.rules.BenchRuleSets;
import org.sanctag.bench.rules.Vocabulary;
import org.sanctag.bench.workload.TextGenerator;
import org.sanctag.bench.workload.TextSize;

/**
 * Hit counts of every engine on the same texts, side by side, to check that they do comparable
 * work before comparing their speed; {@code --show N} also prints the first N texts.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sanctag.bench.SanityCheck \
 *     [--rules real,1k] [--text 5KB] [--engines ...] [--seed 42] [--show 1]
 * </pre>
 */
public final class SanityCheck {

    private SanityCheck() {}

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments);
        List<String> ruleSets = args.list("rules", List.of("real", "1k", "10k"));
        List<String> sizes = args.list("text", List.of("5KB"));
        List<String> engines = args.list("engines", Engines.NAMES);
        long seed = Long.parseLong(args.value("seed", "42"));
        int show = Integer.parseInt(args.value("show", "0"));

        System.out.println(
                "| rules | text | engine | build ms | hits in text 0 | hits in pool | hits per KB | ms per MB (1 pass, cold) |");
        System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (String name : ruleSets) {
            BenchRuleSet rules = BenchRuleSets.load(name, seed);
            Vocabulary vocabulary = Vocabulary.of(rules.loaded().rules());
            for (String sizeName : sizes) {
                TextSize size = TextSize.of(sizeName);
                List<String> texts = new TextGenerator(seed, rules.realTerms(), rules.syntheticTerms()).pool(size);
                long bytes = texts.stream().mapToLong(TextGenerator::utf8Length).sum();
                for (int i = 0; i < Math.min(show, texts.size()); i++) {
                    System.out.println("----- text " + i + " -----\n" + texts.get(i) + "\n-----");
                }
                for (String engineName : engines) {
                    if (engineName.equals("regex") && rules.termCount() > RegexAlternation.MAX_TERMS) {
                        continue;
                    }
                    long start = System.nanoTime();
                    try (Engine engine = Engines.build(engineName, rules, vocabulary)) {
                        long built = System.nanoTime();
                        List<String> prepared =
                                texts.stream().map(engine::prepare).toList();
                        long scanStart = System.nanoTime();
                        long first = engine.count(prepared.get(0));
                        long all = first;
                        for (int i = 1; i < prepared.size(); i++) {
                            all += engine.count(prepared.get(i));
                        }
                        long scanNanos = System.nanoTime() - scanStart;
                        System.out.printf(
                                Locale.ROOT,
                                "| %s | %s | %s | %d | %d | %d | %.2f | %.0f |%n",
                                name,
                                size.param(),
                                engineName,
                                (built - start) / 1_000_000,
                                first,
                                all,
                                all * 1024.0 / bytes,
                                scanNanos / 1e6 / (bytes / 1e6));
                        System.out.flush();
                    }
                }
            }
        }
    }
}
