package org.sanctag.amounts;

import java.util.List;
import java.util.Map;

/**
 * The words that make a sum a bound, before it in the spaced languages and Chinese ("more than
 * $500", "über 2.000 Euro", "超过100万美元") or after it in Korean and Japanese ("1억 원 이상",
 * "100万円以上"). Longer phrases are tried first, so "no more than" is not read as "more than".
 */
final class BoundWords {

    private static final Map<String, Bound> BEFORE = Map.ofEntries(
            Map.entry("no more than", Bound.AT_MOST),
            Map.entry("not more than", Bound.AT_MOST),
            Map.entry("no less than", Bound.AT_LEAST),
            Map.entry("not less than", Bound.AT_LEAST),
            Map.entry("more than", Bound.MORE_THAN),
            Map.entry("greater than", Bound.MORE_THAN),
            Map.entry("in excess of", Bound.MORE_THAN),
            Map.entry("upwards of", Bound.MORE_THAN),
            Map.entry("exceeding", Bound.MORE_THAN),
            Map.entry("over", Bound.MORE_THAN),
            Map.entry("above", Bound.MORE_THAN),
            Map.entry("at least", Bound.AT_LEAST),
            Map.entry("less than", Bound.LESS_THAN),
            Map.entry("under", Bound.LESS_THAN),
            Map.entry("below", Bound.LESS_THAN),
            Map.entry("up to", Bound.AT_MOST),
            Map.entry("at most", Bound.AT_MOST),
            Map.entry("mehr als", Bound.MORE_THAN),
            Map.entry("über", Bound.MORE_THAN),
            Map.entry("mindestens", Bound.AT_LEAST),
            Map.entry("weniger als", Bound.LESS_THAN),
            Map.entry("bis zu", Bound.AT_MOST),
            Map.entry("plus de", Bound.MORE_THAN),
            Map.entry("au moins", Bound.AT_LEAST),
            Map.entry("moins de", Bound.LESS_THAN),
            Map.entry("jusqu'à", Bound.AT_MOST),
            Map.entry("más de", Bound.MORE_THAN),
            Map.entry("al menos", Bound.AT_LEAST),
            Map.entry("menos de", Bound.LESS_THAN),
            Map.entry("hasta", Bound.AT_MOST),
            Map.entry("более", Bound.MORE_THAN),
            Map.entry("свыше", Bound.MORE_THAN),
            Map.entry("дороже", Bound.MORE_THAN), // "снегоходы дороже 2 тыс. долларов": costing more than
            Map.entry("не менее", Bound.AT_LEAST),
            Map.entry("менее", Bound.LESS_THAN),
            Map.entry("не более", Bound.AT_MOST),
            Map.entry("超过", Bound.MORE_THAN),
            Map.entry("超過", Bound.MORE_THAN),
            Map.entry("不到", Bound.LESS_THAN));

    private static final Map<String, Bound> AFTER = Map.of(
            "초과", Bound.MORE_THAN,
            "이상", Bound.AT_LEAST,
            "미만", Bound.LESS_THAN,
            "이하", Bound.AT_MOST,
            "超", Bound.MORE_THAN,
            "以上", Bound.AT_LEAST,
            "未満", Bound.LESS_THAN,
            "以下", Bound.AT_MOST);

    /** Longest phrase first: "no more than" before "more than". */
    private static final String[] BEFORE_LONGEST_FIRST =
            BEFORE.keySet().stream().sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);

    private static final Literals BEFORE_WORDS = Literals.endingAt(List.of(BEFORE_LONGEST_FIRST));

    /** The words after, in the order they are tried. */
    private static final Literals AFTER_WORDS = Literals.startingAt(List.copyOf(AFTER.keySet()));

    private BoundWords() {}

    /** The bound {@code money} states in {@code text[from, to)}; {@link Bound#EXACT} without bound words. */
    static Bound of(CharSequence text, int from, int to, Amount money) {
        int before = Chars.skipSpacesBack(text, from, money.start());
        for (String phrase : BEFORE_WORDS.endingAt(text, from, before)) {
            if (Chars.matchEndingAt(text, from, before, phrase) != -1) {
                return BEFORE.get(phrase);
            }
        }
        int after = Chars.skipSpaces(text, money.end(), to);
        for (String word : AFTER_WORDS.at(text, after, to)) {
            if (Chars.matchAt(text, after, to, word) != -1) {
                return AFTER.get(word);
            }
        }
        return Bound.EXACT;
    }
}
