package org.sanctag.bench.engines;

import java.util.List;
import org.sanctag.PhraseCatalog;
import org.sanctag.bench.rules.BenchRuleSet;

/** Builds an engine by its benchmark name, for the report mains. */
public final class Engines {

    public static final List<String> NAMES =
            List.of("sanctagFull", "sanctagRaw", "luceneMonitor", "ahoCorasick", "doubleArrayTrie", "regex");

    private Engines() {}

    public static Engine build(String name, BenchRuleSet rules, PhraseCatalog vocabulary) {
        return switch (name) {
            case "sanctagFull" -> new SanctagFull(rules);
            case "sanctagRaw" -> new SanctagRaw(vocabulary);
            case "luceneMonitor" -> new LuceneMonitor(vocabulary);
            case "ahoCorasick" -> new AhoCorasick(vocabulary);
            case "doubleArrayTrie" -> new DoubleArrayTrie(vocabulary);
            case "regex" -> new RegexAlternation(vocabulary, rules.termCount());
            default -> throw new IllegalArgumentException("no engine '" + name + "'; engines: " + NAMES);
        };
    }
}
