package org.sanctag.bench.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sanctag.text.Tokens;

/**
 * Invented luxury brand and model names of one to three words ("Velmaro", "Kestrani Aurelia",
 * "Dorvane X740", "Solmira Regatta 58"), deterministic for a seed. They stand in for the long
 * tail of brands and models a grown rule file would list, so the matcher's vocabulary can be
 * scaled to 100k terms with words that look like real ones: mostly unique, capitalised, some
 * sharing a brand word, some ending in a model number.
 */
public final class SyntheticTerms {

    private static final String[] SYLLABLES = {
        "ka", "ve", "lor", "mi", "san", "tre", "zo", "du", "fen", "ria", "bel", "cor", "dan", "el", "fio", "gar", "hal",
        "io", "jas", "kel", "lum", "mon", "nor", "ost", "pra", "qui", "ros", "sel", "tav", "ul", "ver", "wes", "xan",
        "yor", "zel", "bri", "cas", "dor", "en", "fal", "gio", "hel", "ivo", "jun", "kor", "lin", "mer", "nev", "ot",
        "pel", "ran", "sto", "tor", "va", "mar", "sol", "ne", "ti",
    };

    /** Model names; none is a word of the UN rule file (no "Phantom", "Continental", "Ghost"). */
    private static final String[] MODELS = {
        "Aurelia",
        "Sovrana",
        "Celeste",
        "Marinella",
        "Regent",
        "Imperiale",
        "Corsaire",
        "Meridian",
        "Vantage",
        "Solstice",
        "Tempesta",
        "Halcyon",
        "Riviera",
        "Monarch",
        "Serenade",
        "Cascade",
        "Regatta",
        "Elegance",
        "Prestige",
        "Signature",
        "Heritage",
        "Granturismo",
        "Ambassador",
        "Majestic",
        "Sapphira",
        "Lumina",
        "Vela",
        "Orizzonte",
        "Élysée",
        "Berlinetta",
        "Cabriolet",
        "Limited",
        "Noblesse",
        "Atelier",
        "Azzurra",
        "Mistral",
        "Sirocco",
        "Levante",
        "Aquila",
        "Falcone",
    };

    private SyntheticTerms() {}

    /**
     * {@code count} distinct terms (distinct also after folding), none of whose words is one of
     * {@code reservedWords}, so they never collide with a real phrase.
     */
    public static List<String> generate(long seed, int count, Set<String> reservedWords) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<String> terms = new ArrayList<>(count);
        while (terms.size() < count) {
            String term = term(random);
            List<String> words = Tokens.wordsOf(term);
            if (words.stream().noneMatch(reservedWords::contains) && seen.add(String.join(" ", words))) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static String term(Random random) {
        String brand = brand(random);
        int shape = random.nextInt(100);
        if (shape < 25) {
            return brand;
        }
        if (shape < 60) {
            return brand + " " + pick(random, MODELS);
        }
        if (shape < 80) {
            return brand + " " + code(random);
        }
        return brand + " " + pick(random, MODELS) + " " + (random.nextInt(90) + 10);
    }

    private static String brand(Random random) {
        int syllables = 2 + random.nextInt(2);
        StringBuilder brand = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            brand.append(pick(random, SYLLABLES));
        }
        return Character.toUpperCase(brand.charAt(0)) + brand.substring(1);
    }

    /** A model code such as "X740", "GT62" or "S9". */
    private static String code(Random random) {
        String letters = random.nextBoolean()
                ? String.valueOf((char) ('A' + random.nextInt(26)))
                : "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        return letters.toUpperCase(Locale.ROOT) + (random.nextInt(990) + 10);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
