package org.sanctag.amounts;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The words a count is stated in: measure words of the spaced languages ("90,000 bottles of
 * vodka", "zwei Kisten Wein") and the counters of Korean, Japanese and Chinese (2대, 3병, 2台, 两辆),
 * and the words that say a number counts something other than goods (years, percent, people).
 */
final class Counters {

    /** Measure words: the count is of them, and the goods follow ("of", "de" or a genitive). */
    private static final List<String> MEASURES = longestFirst(Set.of(
            "bottles",
            "bottle",
            "cases",
            "case",
            "crates",
            "crate",
            "boxes",
            "box",
            "cartons",
            "carton",
            "packs",
            "pack",
            "packets",
            "pairs",
            "pair",
            "sets",
            "set",
            "units",
            "pieces",
            "containers",
            "container",
            "shipments",
            "consignments",
            "barrels",
            "cans",
            "kilograms",
            "kilogrammes",
            "kg",
            "tonnes",
            "tons",
            "litres",
            "liters",
            "items",
            "Flaschen",
            "Flasche",
            "Kisten",
            "Kartons",
            "Paar",
            "Stück",
            "Kilogramm",
            "Tonnen",
            "Liter",
            "bouteilles",
            "caisses",
            "paires",
            "kilos",
            "botellas",
            "cajas",
            "pares",
            "unidades",
            "toneladas",
            "litros",
            "бутылок",
            "бутылки",
            "бутылка",
            "ящиков",
            "ящика",
            "коробок",
            "пар",
            "пары",
            "штук",
            "штуки",
            "единиц",
            "килограммов",
            "кг",
            "тонн",
            "литров"));

    /** Korean counters written after the number (2대, 3병), with or without a space. */
    private static final List<String> KOREAN =
            longestFirst(Set.of("대", "병", "상자", "박스", "켤레", "벌", "개", "척", "점", "마리", "세트", "쌍", "캔", "kg", "톤"));

    /** Japanese and Chinese counters written after the number (2台, 两辆, 3本, 9万瓶). */
    private static final List<String> HAN = longestFirst(Set.of(
            "台", "臺", "辆", "輛", "瓶", "箱", "双", "雙", "件", "架", "艘", "隻", "只", "套", "匹", "枚", "条", "條", "支", "张", "張",
            "个", "個", "座", "块", "塊", "本", "点", "點", "着", "足", "頭", "头", "機", "ケース", "セット"));

    /** Han characters after 台 that make it a place name (台湾, 台北), not a counter. */
    private static final String PLACES_AFTER_TAI = "湾灣北中南東东";

    /** What a number right before these words counts is not goods. */
    private static final Set<String> NOT_GOODS = Set.of(
            "percent",
            "per",
            "years",
            "year",
            "months",
            "month",
            "weeks",
            "week",
            "days",
            "day",
            "hours",
            "hour",
            "minutes",
            "seconds",
            "times",
            "people",
            "persons",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "metres",
            "meters",
            "feet",
            "foot",
            "ft",
            "metre",
            "meter",
            "inches",
            "tonnes",
            "tons",
            "kg",
            "carats",
            "carat",
            "horsepower",
            "hp",
            "am",
            "pm",
            "Prozent",
            "Jahre",
            "Jahren",
            "Jahr",
            "Meter",
            "Metern",
            "Fuß",
            "Tonnen",
            "Karat",
            "mètres",
            "pieds",
            "metros",
            "pies",
            "метров",
            "метра",
            "Monate",
            "Tage",
            "Stunden",
            "Menschen",
            "Personen",
            "pour",
            "ans",
            "mois",
            "jours",
            "heures",
            "personnes",
            "por",
            "años",
            "meses",
            "días",
            "horas",
            "personas",
            "процентов",
            "процента",
            "лет",
            "года",
            "год",
            "месяцев",
            "дней",
            "часов",
            "человек");

    private static final Literals MEASURE_WORDS = Literals.startingAt(MEASURES);
    private static final Literals KOREAN_COUNTERS = Literals.startingAt(KOREAN);
    private static final Literals HAN_COUNTERS = Literals.startingAt(HAN);

    private Counters() {}

    /** Where the measure word starting at {@code at} ends, or -1. */
    static int measureAt(CharSequence text, int at, int limit) {
        for (String measure : MEASURE_WORDS.at(text, at, limit)) {
            int end = Chars.matchAt(text, at, limit, measure);
            if (end != -1) {
                return end;
            }
        }
        return -1;
    }

    /** Where the Korean counter starting at {@code at} ends (particles may follow it), or -1. */
    static int koreanAt(CharSequence text, int at, int limit) {
        for (String counter : KOREAN_COUNTERS.at(text, at, limit)) {
            int end = Chars.matchAt(text, at, limit, counter);
            if (end != -1) {
                return end;
            }
        }
        return -1;
    }

    /** Where the Japanese or Chinese counter at {@code at} ends, or -1. */
    static int hanAt(CharSequence text, int at, int limit) {
        for (String counter : HAN_COUNTERS.at(text, at, limit)) {
            int end = Chars.matchAt(text, at, limit, counter);
            if (end != -1) {
                boolean place = (counter.equals("台") || counter.equals("臺"))
                        && end < limit
                        && PLACES_AFTER_TAI.indexOf(text.charAt(end)) >= 0;
                return place ? -1 : end;
            }
        }
        return -1;
    }

    static boolean countsNoGoods(String word) {
        return NOT_GOODS.contains(word) || NOT_GOODS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> longestFirst(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .toList();
    }
}
