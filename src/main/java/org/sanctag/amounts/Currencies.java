package org.sanctag.amounts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ways news writes a currency around a number, each with its ISO 4217 code: before it
 * ({@code US$}, {@code $}, {@code €}, {@code EUR}, {@code ¥}, {@code 人民币}) or after it
 * ({@code dollars}, {@code euros}, {@code d'euros}, {@code de dólares}, {@code рублей}, {@code 원},
 * {@code 円}, {@code 万元} after its myriad, {@code €} in {@code 500 000 €}).
 *
 * <p>Where a word is ambiguous the reading is stated here: "$" and "dollars" alone are US dollars
 * (other dollars are written "HK$", "C$", "Canadian dollars"); "¥" alone is the yen, unless the
 * yuan is named after the number ({@code ¥500万元}, {@code ¥10 million yuan}); 元 alone is the
 * renminbi. "Pound", "Pfund", "livre" and "libra" are also weights, so only "£", "GBP" and the
 * sterling forms ("pounds sterling", "British pounds") are read as money.
 */
final class Currencies {

    /** The ways of writing a currency before a number, with their codes. */
    private static final Map<String, String> BEFORE = Map.ofEntries(
            Map.entry("US$", "USD"),
            Map.entry("U.S.$", "USD"),
            Map.entry("USD", "USD"),
            Map.entry("$", "USD"),
            Map.entry("＄", "USD"),
            Map.entry("HK$", "HKD"),
            Map.entry("C$", "CAD"),
            Map.entry("CA$", "CAD"),
            Map.entry("CAD", "CAD"),
            Map.entry("A$", "AUD"),
            Map.entry("AU$", "AUD"),
            Map.entry("AUD", "AUD"),
            Map.entry("S$", "SGD"),
            Map.entry("SGD", "SGD"),
            Map.entry("NZ$", "NZD"),
            Map.entry("NT$", "TWD"),
            Map.entry("€", "EUR"),
            Map.entry("EUR", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("GBP", "GBP"),
            Map.entry("¥", "JPY"),
            Map.entry("￥", "JPY"),
            Map.entry("JPY", "JPY"),
            Map.entry("CNY", "CNY"),
            Map.entry("RMB", "CNY"),
            Map.entry("人民币", "CNY"),
            Map.entry("人民幣", "CNY"),
            // Hong Kong, Taiwan and Macau write their currency before the sum and 元 after it
            // ("港幣80萬元"): the name before says which 元 it is.
            Map.entry("港币", "HKD"),
            Map.entry("港幣", "HKD"),
            Map.entry("新台币", "TWD"),
            Map.entry("新台幣", "TWD"),
            Map.entry("新臺幣", "TWD"),
            Map.entry("澳门币", "MOP"),
            Map.entry("澳門幣", "MOP"),
            Map.entry("₩", "KRW"),
            Map.entry("KRW", "KRW"),
            Map.entry("₽", "RUB"),
            Map.entry("RUB", "RUB"),
            Map.entry("CHF", "CHF"),
            Map.entry("HKD", "HKD"));

    /** The ways of writing a currency after a number, with their codes. */
    private static final Map<String, String> AFTER = Map.ofEntries(
            // English
            Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"),
            Map.entry("US dollars", "USD"),
            Map.entry("U.S. dollars", "USD"),
            Map.entry("American dollars", "USD"),
            Map.entry("Canadian dollars", "CAD"),
            Map.entry("Australian dollars", "AUD"),
            Map.entry("Hong Kong dollars", "HKD"),
            Map.entry("Singapore dollars", "SGD"),
            Map.entry("euros", "EUR"),
            Map.entry("euro", "EUR"),
            Map.entry("pounds sterling", "GBP"),
            Map.entry("British pounds", "GBP"),
            Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"),
            Map.entry("won", "KRW"),
            Map.entry("rubles", "RUB"),
            Map.entry("roubles", "RUB"),
            Map.entry("ruble", "RUB"),
            Map.entry("rouble", "RUB"),
            Map.entry("Swiss francs", "CHF"),
            Map.entry("USD", "USD"),
            Map.entry("EUR", "EUR"),
            Map.entry("GBP", "GBP"),
            Map.entry("JPY", "JPY"),
            Map.entry("CNY", "CNY"),
            Map.entry("RMB", "CNY"),
            Map.entry("KRW", "KRW"),
            Map.entry("RUB", "RUB"),
            Map.entry("CHF", "CHF"),
            Map.entry("$", "USD"),
            Map.entry("€", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("₽", "RUB"),
            // German
            Map.entry("US-Dollar", "USD"),
            Map.entry("Pfund Sterling", "GBP"),
            Map.entry("Rubel", "RUB"),
            Map.entry("Franken", "CHF"),
            // French
            Map.entry("dollars américains", "USD"),
            Map.entry("livres sterling", "GBP"),
            Map.entry("yens", "JPY"),
            Map.entry("yuans", "CNY"),
            Map.entry("wons", "KRW"),
            Map.entry("francs suisses", "CHF"),
            // Spanish
            Map.entry("dólares", "USD"),
            Map.entry("dólar", "USD"),
            Map.entry("dólares estadounidenses", "USD"),
            Map.entry("libras esterlinas", "GBP"),
            Map.entry("yenes", "JPY"),
            Map.entry("yuanes", "CNY"),
            Map.entry("wones", "KRW"),
            Map.entry("rublos", "RUB"),
            Map.entry("francos suizos", "CHF"),
            // Russian
            Map.entry("долларов США", "USD"),
            Map.entry("долларов", "USD"),
            Map.entry("доллара", "USD"),
            Map.entry("доллар", "USD"),
            Map.entry("долл.", "USD"),
            Map.entry("евро", "EUR"),
            Map.entry("фунтов стерлингов", "GBP"),
            Map.entry("иен", "JPY"),
            Map.entry("йен", "JPY"),
            Map.entry("юаней", "CNY"),
            Map.entry("юаня", "CNY"),
            Map.entry("юань", "CNY"),
            Map.entry("вон", "KRW"),
            Map.entry("рублей", "RUB"),
            Map.entry("рубля", "RUB"),
            Map.entry("рубль", "RUB"),
            Map.entry("руб.", "RUB"),
            // Korean
            Map.entry("원", "KRW"),
            Map.entry("달러", "USD"),
            Map.entry("유로", "EUR"),
            Map.entry("엔", "JPY"),
            Map.entry("위안", "CNY"),
            Map.entry("루블", "RUB"),
            Map.entry("파운드", "GBP"),
            // Japanese
            Map.entry("円", "JPY"),
            Map.entry("ドル", "USD"),
            Map.entry("米ドル", "USD"),
            Map.entry("ユーロ", "EUR"),
            Map.entry("人民元", "CNY"),
            Map.entry("ウォン", "KRW"),
            Map.entry("ルーブル", "RUB"),
            Map.entry("ポンド", "GBP"),
            // Chinese
            Map.entry("元", "CNY"),
            Map.entry("人民币", "CNY"),
            Map.entry("人民幣", "CNY"),
            Map.entry("美元", "USD"),
            Map.entry("欧元", "EUR"),
            Map.entry("歐元", "EUR"),
            Map.entry("日元", "JPY"),
            Map.entry("日圆", "JPY"),
            Map.entry("日圓", "JPY"),
            Map.entry("韩元", "KRW"),
            Map.entry("韓元", "KRW"),
            Map.entry("英镑", "GBP"),
            Map.entry("英鎊", "GBP"),
            Map.entry("卢布", "RUB"),
            Map.entry("盧布", "RUB"),
            Map.entry("港元", "HKD"),
            Map.entry("港币", "HKD"),
            Map.entry("新台币", "TWD"),
            Map.entry("新台幣", "TWD"));

    /** {@link #BEFORE} by the last char of each written form, {@link #AFTER} by its first; longest first. */
    private static final Literals WRITTEN_BEFORE = Literals.endingAt(longestFirst(BEFORE));

    private static final Literals WRITTEN_AFTER = Literals.startingAt(longestFirst(AFTER));

    /** The words French and Spanish write between a magnitude and its currency. */
    private static final List<String> LINKS = List.of("de ", "d'");

    private Currencies() {}

    /** A currency match: where it is written and its code. */
    record Found(int start, int end, String code) {}

    /** The currency written right before {@code numberStart} (one space allowed between), or null. */
    static Found before(CharSequence text, int floor, int numberStart) {
        int end = Chars.skipSpacesBack(text, floor, numberStart);
        if (numberStart - end > 1) {
            return null;
        }
        for (String written : WRITTEN_BEFORE.endingAt(text, floor, end)) {
            int start = Chars.matchEndingAt(text, floor, end, written);
            boolean joined = start > floor
                    && (Chars.isSpacedLetter(text.charAt(start - 1)) || Chars.isDigit(text.charAt(start - 1)));
            if (start != -1 && !joined) {
                return new Found(start, end, BEFORE.get(written));
            }
        }
        return null;
    }

    /**
     * The currency written after {@code end} (after one space, a hyphen as in "10,000-dollar watch",
     * or "de" / "d'" as in "2 millions d'euros"), or null.
     */
    static Found after(CharSequence text, int end, int limit) {
        int at = end;
        if (at < limit && (Chars.isSpace(text.charAt(at)) || text.charAt(at) == '-')) {
            at++;
        }
        Found found = at(text, at, limit);
        if (found == null) {
            for (String link : LINKS) {
                int linked = Chars.matchAt(text, at, limit, link);
                if (linked != -1 && (found = at(text, linked, limit)) != null) {
                    break;
                }
            }
        }
        return found;
    }

    private static Found at(CharSequence text, int at, int limit) {
        for (String written : WRITTEN_AFTER.at(text, at, limit)) {
            int wordEnd = Chars.matchAt(text, at, limit, written);
            if (wordEnd != -1) {
                return new Found(at, wordEnd, AFTER.get(written));
            }
        }
        return null;
    }

    private static List<String> longestFirst(Map<String, String> written) {
        return written.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(text -> text))
                .toList();
    }
}
