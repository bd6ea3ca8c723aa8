package org.sanctag.bench.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctag.PhraseCatalog;
import org.sanctag.rules.Category;
import org.sanctag.rules.LoadedRuleSet;
import org.sanctag.rules.Rule;
import org.sanctag.rules.RuleSet;
import org.sanctag.rules.RuleSetLoader;
import org.sanctag.rules.Strength;
import org.sanctag.text.Tokens;

/**
 * The rule sets the benchmarks run with, by the name of the JMH parameter {@code rules}:
 * <ul>
 *   <li>{@code real}: the UN rule file as the service bundles it ({@link RuleSetLoader#bundled()}),
 *       or the file named by the system property {@value #RULES_FILE_PROPERTY};</li>
 *   <li>{@code 100}, {@code 1k}, {@code 10k}, {@code 100k}: that many terms. From 1k up the whole
 *       real file (context rules, exclusions, weak terms and all) plus invented brand and model
 *       terms ({@link SyntheticTerms}); below the real file's size, half the terms come from it
 *       (every rule cut down in proportion, so every category and construct stays) and half are
 *       invented.</li>
 * </ul>
 * A synthetic set is written as a rule file into a temporary directory and read back with
 * {@link RuleSetLoader#fromFile(Path)}, so the real parser and checks build it.
 */
public final class BenchRuleSets {

    public static final String RULES_FILE_PROPERTY = "sanctag.bench.rules";
    public static final List<String> NAMES = List.of("real", "100", "1k", "10k", "100k");

    /** Synthetic terms per rule and rules per category: the shape of a large brand list. */
    private static final int TERMS_PER_RULE = 50;

    private static final int RULES_PER_CATEGORY = 20;
    private static final List<String> SYNTHETIC_NEAR =
            List.of("luxury", "yacht", "watch", "limousine", "gifted", "delivered");
    private static final List<String> SYNTHETIC_NOT_NEAR = List.of("replica", "toy", "model kit", "counterfeit");

    private static Path tempDir;

    private BenchRuleSets() {}

    /** The rule set called {@code name}; {@code seed} decides the invented terms. */
    public static BenchRuleSet load(String name, long seed) {
        LoadedRuleSet real = real();
        if (name.equals("real")) {
            return new BenchRuleSet(name, real, termsOf(real.rules()), List.of());
        }
        int target = termCount(name);
        RuleSet realRules = real.rules();
        int realTerms = countTerms(realRules);
        double share = target >= realTerms ? 1.0 : (target / 2.0) / realTerms;

        RuleYaml yaml = new RuleYaml(
                realRules.id() + "-synthetic-" + name,
                realRules.version() + "+bench." + seed,
                realRules.title() + " (with invented brand and model terms, " + target + " terms in all)",
                realRules.sources(),
                realRules.context());
        int realKept = writeReal(yaml, realRules, share);
        List<String> synthetic =
                SyntheticTerms.generate(seed, Math.max(0, target - realKept), reservedWords(realRules));
        writeSynthetic(yaml, synthetic);

        Path file = write(name, seed, yaml.text());
        LoadedRuleSet loaded = RuleSetLoader.fromFile(file);
        Set<String> invented = new HashSet<>(synthetic);
        List<String> keptReal = termsOf(loaded.rules()).stream()
                .filter(term -> !invented.contains(term))
                .toList();
        return new BenchRuleSet(name, loaded, keptReal, synthetic);
    }

    /** "100" is 100, "1k" is 1000, "10k" is 10000, "100k" is 100000. */
    public static int termCount(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith("k")
                ? Integer.parseInt(lower.substring(0, lower.length() - 1)) * 1000
                : Integer.parseInt(lower);
    }

    public static LoadedRuleSet real() {
        String file = System.getProperty(RULES_FILE_PROPERTY);
        return file == null || file.isBlank() ? RuleSetLoader.bundled() : RuleSetLoader.fromFile(Path.of(file));
    }

    /** Terms in all rules, counted as {@code Tagger.termCount()} counts them. */
    public static int countTerms(RuleSet ruleSet) {
        return ruleSet.categories().stream().mapToInt(Category::termCount).sum();
    }

    /** Every rule's terms, in file order. */
    private static List<String> termsOf(RuleSet ruleSet) {
        List<String> terms = new ArrayList<>();
        ruleSet.categories().forEach(category -> category.rules().forEach(rule -> terms.addAll(rule.terms())));
        return terms;
    }

    /** Writes the real categories with each rule cut to {@code share} of its terms; returns the terms kept. */
    private static int writeReal(RuleYaml yaml, RuleSet ruleSet, double share) {
        int kept = 0;
        for (Category category : ruleSet.categories()) {
            List<Rule> rules = new ArrayList<>();
            List<List<String>> terms = new ArrayList<>();
            for (Rule rule : category.rules()) {
                int keep = share >= 1.0
                        ? rule.terms().size()
                        : (int) Math.round(rule.terms().size() * share);
                if (keep > 0) {
                    rules.add(rule);
                    terms.add(rule.terms().subList(0, keep));
                }
            }
            if (rules.isEmpty()) {
                continue;
            }
            yaml.category(category.id(), category.name(), category.basis());
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                yaml.rule(
                        rule.id(),
                        terms.get(i),
                        rule.strength() == Strength.WEAK,
                        rule.near(),
                        rule.notNear(),
                        rule.within() == Rule.DEFAULT_WITHIN ? null : rule.within());
                kept += terms.get(i).size();
            }
            yaml.exclude(category.exclude());
        }
        return kept;
    }

    /**
     * Synthetic categories of {@value #RULES_PER_CATEGORY} rules of {@value #TERMS_PER_RULE} terms.
     * Like the real file, some rules are weak (1 in 10), some need context (1 in 10: near a luxury
     * word) and some have a veto (1 in 10: not near "replica"); each category excludes two phrases.
     */
    private static void writeSynthetic(RuleYaml yaml, List<String> terms) {
        int perCategory = TERMS_PER_RULE * RULES_PER_CATEGORY;
        for (int from = 0, category = 1; from < terms.size(); from += perCategory, category++) {
            List<String> categoryTerms = terms.subList(from, Math.min(terms.size(), from + perCategory));
            String id = String.format(Locale.ROOT, "synthetic_%04d", category);
            yaml.category(
                    id,
                    "Invented luxury brands and models, group " + category,
                    List.of("Synthetic benchmark category: invented names, no legal basis"));
            for (int at = 0, rule = 1; at < categoryTerms.size(); at += TERMS_PER_RULE, rule++) {
                List<String> ruleTerms = categoryTerms.subList(at, Math.min(categoryTerms.size(), at + TERMS_PER_RULE));
                yaml.rule(
                        String.format(Locale.ROOT, "%s.r%03d", id, rule),
                        ruleTerms,
                        rule % 10 == 0,
                        rule % 10 == 5 ? SYNTHETIC_NEAR : List.of(),
                        rule % 10 == 7 ? SYNTHETIC_NOT_NEAR : List.of(),
                        null);
            }
            String brand = Tokens.wordsOf(categoryTerms.get(0)).get(0);
            String shown = Character.toUpperCase(brand.charAt(0)) + brand.substring(1);
            yaml.exclude(List.of(shown + " Foundation", shown + " Stadium"));
        }
    }

    /** Folded words of every real phrase: invented terms never use them. */
    private static Set<String> reservedWords(RuleSet ruleSet) {
        Set<String> words = new HashSet<>();
        PhraseCatalog.of(ruleSet).phrases().forEach(phrase -> phrase.variants().forEach(words::addAll));
        return words;
    }

    private static synchronized Path write(String name, long seed, String yaml) {
        try {
            if (tempDir == null) {
                tempDir = Files.createTempDirectory("sanctag-bench-rules-");
                tempDir.toFile().deleteOnExit();
            }
            Path file = tempDir.resolve("synthetic-" + name + "-seed" + seed + ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic rule file", e);
        }
    }
}
