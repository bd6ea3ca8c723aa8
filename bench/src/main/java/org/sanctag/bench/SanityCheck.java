package org.sanctag.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctag.PhraseCatalog;
import org.sanctag.bench.engines.Engine;
import org.sanctag.bench.engines.Engines;
import org.sanctag.bench.engines.RegexAlternation;
import org.sanctag.bench.rules.BenchRuleSet;
import org.sanctag.bench.rules.BenchRuleSets;
import org.sanctag.bench.workload.TextGenerator;
import org.sanctag.bench.workload.TextSize;

/**
 * Hit counts of every engine on the same texts, side by side, to check that they do comparable
 * work before comparing their speed; {@code --show N} also prints the first N texts.
 *
 * <p>{@code --check} makes it a test (CI runs it): it exits 1 unless, for every rule set and text
 * size, every engine finds something, the two other whole-word engines (Lucene Monitor and
 * org.ahocorasick) count within {@value #TOLERANCE_PERCENT} % of sanctag's matching step, and the
 * full path keeps no more than the matching step finds. They cannot agree exactly: each handles
 * separators and plurals a little differently (see bench/README.md).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sanctag.bench.SanityCheck \
 *     [--rules real,1k] [--text 5KB] [--engines ...] [--seed 42] [--show 1] [--check]
 * </pre>
 */
public final class SanityCheck {

    static final int TOLERANCE_PERCENT = 15;

    private SanityCheck() {}

    public static void main(String[] arguments) throws Exception {
        Args args = new Args(arguments);
        List<String> ruleSets = args.list("rules", List.of("real", "1k", "10k"));
        List<String> sizes = args.list("text", List.of("5KB"));
        List<String> engines = args.list("engines", Engines.NAMES);
        long seed = Long.parseLong(args.value("seed", "42"));
        int show = Integer.parseInt(args.value("show", "0"));
        boolean check = args.flag("check");
        List<String> problems = new ArrayList<>();

        System.out.println(
                "| rules | text | engine | build ms | hits in text 0 | hits in pool | hits per KB | ms per MB (1 pass, cold) |");
        System.out.println("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        for (String name : ruleSets) {
            BenchRuleSet rules = BenchRuleSets.load(name, seed);
            PhraseCatalog vocabulary = PhraseCatalog.of(rules.loaded().rules());
            for (String sizeName : sizes) {
                TextSize size = TextSize.of(sizeName);
                List<String> texts = new TextGenerator(seed, rules.realTerms(), rules.syntheticTerms()).pool(size);
                long bytes = texts.stream().mapToLong(TextGenerator::utf8Length).sum();
                for (int i = 0; i < Math.min(show, texts.size()); i++) {
                    System.out.println("----- text " + i + " -----\n" + texts.get(i) + "\n-----");
                }
                Map<String, Long> hitsByEngine = new LinkedHashMap<>();
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
                        hitsByEngine.put(engineName, all);
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
                if (check) {
                    problems.addAll(disagreements(name + "/" + size.param(), hitsByEngine));
                }
            }
        }
        if (check) {
            problems.forEach(problem -> System.out.println("DISAGREE: " + problem));
            System.out.println(problems.isEmpty() ? "sanity check: the engines agree" : "sanity check FAILED");
            System.exit(problems.isEmpty() ? 0 : 1);
        }
    }

    private static List<String> disagreements(String where, Map<String, Long> hits) {
        List<String> problems = new ArrayList<>();
        hits.forEach((engine, count) -> {
            if (count == 0) {
                problems.add(where + ": " + engine + " found nothing");
            }
        });
        Long raw = hits.get("sanctagRaw");
        if (raw == null) {
            return problems;
        }
        for (String wholeWord : List.of("luceneMonitor", "ahoCorasick")) {
            Long other = hits.get(wholeWord);
            if (other != null && Math.abs(other - raw) * 100 > TOLERANCE_PERCENT * raw) {
                problems.add(where + ": " + wholeWord + " counts " + other + ", sanctagRaw " + raw);
            }
        }
        Long full = hits.get("sanctagFull");
        if (full != null && full > raw) {
            problems.add(where + ": sanctagFull keeps " + full + ", more than sanctagRaw finds (" + raw + ")");
        }
        return problems;
    }
}
