package org.sanctag.bench;

import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sanctag.PhraseCatalog;
import org.sanctag.bench.rules.BenchRuleSet;
import org.sanctag.bench.rules.BenchRuleSets;
import org.sanctag.bench.workload.TextGenerator;
import org.sanctag.bench.workload.TextSize;

/**
 * A rule set and a pool of texts, from the JMH parameters {@code rules}, {@code text} and
 * {@code seed}; the subclasses say which parameter values a benchmark runs by default.
 */
public abstract class Workload {

    public BenchRuleSet ruleSet;
    public PhraseCatalog vocabulary;
    public TextSize size;
    public String[] texts;
    public int[] bytes;

    protected abstract String rulesParam();

    protected abstract String textParam();

    protected abstract long seedParam();

    @Setup(Level.Trial)
    public void generate() {
        long seed = seedParam();
        ruleSet = BenchRuleSets.load(rulesParam(), seed);
        vocabulary = PhraseCatalog.of(ruleSet.loaded().rules());
        size = TextSize.of(textParam());
        List<String> pool = new TextGenerator(seed, ruleSet.realTerms(), ruleSet.syntheticTerms()).pool(size);
        texts = pool.toArray(String[]::new);
        bytes = pool.stream().mapToInt(TextGenerator::utf8Length).toArray();
        long total = 0;
        for (int b : bytes) {
            total += b;
        }
        System.out.printf(
                Locale.ROOT,
                "%n[workload] rules=%s (%d terms, %d synthetic; %d phrases, %d word sequences) "
                        + "text=%s (%d texts, %.0f bytes on average)%n",
                ruleSet.name(),
                ruleSet.termCount(),
                ruleSet.syntheticTerms().size(),
                vocabulary.size(),
                vocabulary.variantCount(),
                size.param(),
                texts.length,
                (double) total / texts.length);
    }

    /** Every rule-set size and text size. */
    @State(Scope.Benchmark)
    public static class AllSizes extends Workload {

        @Param({"real", "100", "1k", "10k", "100k"})
        public String rules;

        @Param({"280B", "5KB", "100KB", "10MB"})
        public String text;

        @Override
        protected String rulesParam() {
            return rules;
        }

        @Param("42")
        public long seed;

        @Override
        protected String textParam() {
            return text;
        }

        @Override
        protected long seedParam() {
            return seed;
        }
    }

    /**
     * The sizes the regex baseline is run with: rule sets up to 1k terms (see
     * {@code RegexAlternation}) and texts up to 100 KB (on the 10 MB text one pass takes over a
     * minute even with the real rules, longer than a whole smoke run).
     */
    @State(Scope.Benchmark)
    public static class UpTo1k extends Workload {

        @Param({"real", "100", "1k"})
        public String rules;

        @Param({"280B", "5KB", "100KB"})
        public String text;

        @Override
        protected String rulesParam() {
            return rules;
        }

        @Param("42")
        public long seed;

        @Override
        protected String textParam() {
            return text;
        }

        @Override
        protected long seedParam() {
            return seed;
        }
    }
}
