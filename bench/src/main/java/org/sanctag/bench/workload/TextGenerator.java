package org.sanctag.bench.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctag.text.EnglishPlural;

/**
 * Writes article-like texts from {@link Templates}, with rule terms planted in the surface forms
 * news text varies in: case, a space or a hyphen between words, the plural. The same seed, terms
 * and size always give the same texts.
 *
 * <p>About 30% of sentences name goods; half of the planted terms are invented ones when the rule
 * set has any, so the hit density per kilobyte is the same for every rule-set size.
 */
public final class TextGenerator {

    private static final double GOODS_SENTENCE_SHARE = 0.3;
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+[0-9]?)}");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(?<=[\\p{L}\\p{N}])[ \\-]+(?=[\\p{L}\\p{N}])");
    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}’'])\\p{L}");
    private static final Pattern LAST_WORD = Pattern.compile("\\p{L}+$");

    private final Random random;
    private final List<String> realTerms;
    private final List<String> syntheticTerms;

    /** {@code realTerms} and {@code syntheticTerms} as the rule file writes them; either may be empty, not both. */
    public TextGenerator(long seed, List<String> realTerms, List<String> syntheticTerms) {
        if (realTerms.isEmpty() && syntheticTerms.isEmpty()) {
            throw new IllegalArgumentException("no terms to plant");
        }
        this.random = new Random(seed);
        this.realTerms = List.copyOf(realTerms);
        this.syntheticTerms = List.copyOf(syntheticTerms);
    }

    /** {@code size.poolSize()} texts of {@code size}. */
    public List<String> pool(TextSize size) {
        List<String> texts = new ArrayList<>(size.poolSize());
        for (int i = 0; i < size.poolSize(); i++) {
            texts.add(text(size));
        }
        return texts;
    }

    public String text(TextSize size) {
        return switch (size) {
            case SNIPPET -> snippet(size.bytes());
            case ARTICLE, DOCUMENT -> article(size.bytes());
            case BULK -> bulk(size.bytes());
        };
    }

    /** One paragraph of whole sentences, at most {@code maxBytes} long. */
    private String snippet(int maxBytes) {
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        for (int tries = 0; tries < 50; tries++) {
            String sentence =
                    sentence(text.length() == 0 ? random.nextBoolean() : random.nextDouble() < GOODS_SENTENCE_SHARE);
            int more = utf8Length(sentence) + (text.length() == 0 ? 0 : 1);
            if (bytes + more > maxBytes) {
                continue;
            }
            text.append(text.length() == 0 ? "" : " ").append(sentence);
            bytes += more;
            if (bytes > maxBytes * 3 / 4) {
                break;
            }
        }
        return text.toString();
    }

    /** A headline, a dateline and paragraphs of two to five sentences, until past {@code minBytes}. */
    private String article(int minBytes) {
        StringBuilder text = new StringBuilder(minBytes + 1024);
        text.append(fill(pick(Templates.HEADLINES))).append("\n\n");
        text.append(fill("{CITY}, {M} {D} — "));
        int bytes = utf8Length(text);
        boolean paragraphStart = true;
        int left = 2 + random.nextInt(4);
        while (bytes < minBytes) {
            String sentence = sentence(random.nextDouble() < GOODS_SENTENCE_SHARE);
            String separator = paragraphStart ? "" : " ";
            text.append(separator).append(sentence);
            bytes += utf8Length(separator) + utf8Length(sentence);
            paragraphStart = false;
            if (--left == 0 && bytes < minBytes) {
                text.append("\n\n");
                bytes += 2;
                paragraphStart = true;
                left = 2 + random.nextInt(4);
            }
        }
        return text.toString();
    }

    /** Articles separated by blank lines, until past {@code minBytes}. */
    private String bulk(int minBytes) {
        StringBuilder text = new StringBuilder(minBytes + 8192);
        int bytes = 0;
        while (bytes < minBytes) {
            String article = article(TextSize.ARTICLE.bytes());
            text.append(article).append("\n\n");
            bytes += utf8Length(article) + 2;
        }
        return text.toString();
    }

    private String sentence(boolean goods) {
        return fill(pick(goods ? Templates.GOODS : Templates.FILLER));
    }

    private String fill(String template) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder(template.length() + 64);
        while (slot.find()) {
            slot.appendReplacement(filled, Matcher.quoteReplacement(value(slot.group(1))));
        }
        slot.appendTail(filled);
        return filled.toString();
    }

    private String value(String slot) {
        return switch (slot) {
            case "G", "G2", "G3" -> mention();
            case "NK" -> pick(Templates.NK);
            case "NKCITY" -> pick(Templates.NK_CITIES);
            case "P", "P2" -> pick(Templates.PEOPLE);
            case "C", "C2" -> pick(Templates.COUNTRIES);
            case "CITY" -> pick(Templates.CITIES);
            case "PORT" -> pick(Templates.PORTS);
            case "ORG" -> pick(Templates.ORGS);
            case "TEAM" -> pick(Templates.TEAMS);
            case "M" -> pick(Templates.MONTHS);
            case "DAY" -> pick(Templates.DAYS);
            case "D" -> String.valueOf(1 + random.nextInt(28));
            case "Y" -> String.valueOf(2006 + random.nextInt(19));
            case "N" -> String.valueOf(2 + random.nextInt(480));
            case "N1", "N2" -> String.valueOf(random.nextInt(5));
            case "MIN" -> String.valueOf(4 + random.nextInt(16) * 5);
            case "PCT" -> random.nextInt(40) + "." + random.nextInt(10);
            default -> throw new IllegalStateException("template slot {" + slot + "} has no filler");
        };
    }

    /** A rule term in one of the surface forms the rule README promises to match. */
    private String mention() {
        boolean synthetic = !syntheticTerms.isEmpty() && (realTerms.isEmpty() || random.nextBoolean());
        String term = pick(synthetic ? syntheticTerms : realTerms);
        double separator = random.nextDouble();
        if (separator < 0.15) {
            term = BETWEEN_WORDS.matcher(term).replaceAll(" ");
        } else if (separator < 0.30) {
            term = BETWEEN_WORDS.matcher(term).replaceAll("-");
        }
        double casing = random.nextDouble();
        if (casing < 0.25) {
            term = term.toLowerCase(Locale.ROOT);
        } else if (casing < 0.35) {
            term = WORD_START.matcher(term).replaceAll(letter -> letter.group().toUpperCase(Locale.ROOT));
        } else if (casing < 0.40) {
            term = term.toUpperCase(Locale.ROOT);
        }
        return random.nextDouble() < 0.25 ? plural(term) : term;
    }

    /** The term with its last word in the English plural, keeping its case. */
    private static String plural(String term) {
        Matcher last = LAST_WORD.matcher(term);
        if (!last.find()) {
            return term;
        }
        String word = last.group();
        String lower = word.toLowerCase(Locale.ROOT);
        String plural = EnglishPlural.of(lower);
        String written = plural.startsWith(lower)
                ? word + plural.substring(lower.length())
                : word.substring(0, word.length() - 1) + plural.substring(lower.length() - 1);
        boolean upper = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        return term.substring(0, last.start()) + (upper ? written.toUpperCase(Locale.ROOT) : written);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    public static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
