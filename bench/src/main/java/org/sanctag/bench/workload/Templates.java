package org.sanctag.bench.workload;

import java.util.List;

/**
 * The team's own news-sentence templates, written for this benchmark (no copied text), and the
 * words that fill their slots. Slots: {@code {G}}, {@code {G2}}, {@code {G3}} a goods mention
 * (planted rule terms); {@code {NK}} a phrase naming North Korea; {@code {NKCITY}} a North Korean
 * place; {@code {P}}, {@code {P2}} a person; {@code {C}}, {@code {C2}} a country; {@code {CITY}};
 * {@code {PORT}}; {@code {ORG}}; {@code {TEAM}}; {@code {N}}, {@code {N1}}, {@code {N2}} numbers, {@code {MIN}} a minute of a match;
 * {@code {PCT}}; {@code {M}} a month; {@code {D}} a day of the month; {@code {DAY}} a weekday;
 * {@code {Y}} a year. They mix plain ASCII with curly quotes, dashes, accents and the euro sign,
 * as agency copy does.
 */
final class Templates {

    private Templates() {}

    /** Sentences that name goods: some of these become planted rule terms. */
    static final List<String> GOODS = List.of(
            "{NK} imported {G} worth ${N} million last year, according to a confidential {ORG} report.",
            "Customs officers in {PORT} seized a shipment of {G} bound for {NK} on {M} {D}.",
            "State media showed the leader inspecting {G} during a visit to a factory in {NKCITY}.",
            "The {ORG} said the {G} had been routed through {C} and {C2} before reaching {NK}.",
            "A front company registered in {CITY} bought {G} and {G2} through intermediaries, investigators said.",
            "Analysts in {CITY} say the purchase of {G} shows the leadership’s appetite for foreign luxuries.",
            "A cargo ship flagged in {C} was tracked leaving {PORT} with {G} on board.",
            "Photographs published by {ORG} appear to show {G} parked outside a villa in {NKCITY}.",
            "The {G} was reportedly a gift from a foreign delegation, though officials in {CITY} denied it.",
            "In {CITY}, a dealer admitted selling {G} to a buyer with links to {NK}.",
            "The court in {CITY} fined the trading firm €{N},000 for exporting {G} without a licence.",
            "Officials said {N} containers of {G} had been declared as machinery parts.",
            "A report by the {ORG} listed {G}, {G2} and {G3} among the items seized since {Y}.",
            "Online listings in {C} advertised {G} with “no questions asked” delivery to Dandong.",
            "{P} told the Security Council that the trade in {G} funds the regime’s elite.",
            "At the auction in {CITY}, {G} sold for ${N},000 to an anonymous bidder.",
            "Researchers at the {ORG} traced {N} shipments of {G} through ports in {C}.",
            "Customs records show {C} exported {G} worth €{N},000 to a trading company in Dandong.",
            "The envoy’s motorcade — led by {G} — drove through the centre of {NKCITY}.",
            "Zürich-based investigators said the café owner had brokered the sale of {G}.",
            "“We have no information about the {G},” a spokesperson for the {ORG} said.",
            "Among the gifts displayed in {NKCITY} were {G} and a set of {G2}.");

    /** Sentences without goods: diplomacy, trade, sport, weather. */
    static final List<String> FILLER = List.of(
            "Diplomats from {C} and {C2} met in {CITY} on {DAY} to discuss the next round of talks.",
            "{P}, a spokesperson for the foreign ministry, declined to comment on the report.",
            "The sanctions committee has added {N} companies to its list since {Y}.",
            "Trade between {C} and {NK} fell by {PCT} per cent in the first quarter, customs data showed.",
            "The women’s football team from North Korea beat {TEAM} {N1}–{N2} in the qualifier in {CITY}.",
            "Fans in {CITY} cheered as {TEAM} took the lead in the {MIN}th minute.",
            "The envoy told reporters that {C} remains committed to the full implementation of the resolutions.",
            "{P} said the talks in {CITY} had been “frank and constructive”.",
            "Prices of rice and corn in {NKCITY} markets rose by {PCT} per cent in {M}, traders said.",
            "Satellite imagery from {M} {D} shows new construction at a coastal resort near {NKCITY}.",
            "Negotiators from {C} and {C2} are expected to resume talks in {CITY} next week.",
            "{P} of the {ORG} called the shipment a clear breach of sanctions.",
            "The delegation flew to {CITY} aboard a chartered flight on {DAY}.",
            "{TEAM} coach {P} praised the squad after a {N1}-{N2} draw in the Asian Cup.",
            "Weather forecasters warned of heavy rain across the peninsula this weekend.",
            "The ministry in {CITY} said it would tighten checks on goods transiting to {NK}.",
            "Critics argue that enforcement has weakened since the panel’s mandate expired in 2024.",
            "The table-tennis team from the DPRK arrived in {CITY} for the world championships.",
            "Stock markets in {CITY} closed {PCT} per cent higher on {DAY} after the central bank decision.",
            "{P} met {P2} in {CITY} to discuss humanitarian aid and food security.",
            "Mr. {P} said the U.N. had received {N} reports from member states since Feb. {D}.",
            "Officials in {C} said they had found no evidence of wrongdoing by the shipping agent.");

    /** Headline lines (no final period): a line break ends them. */
    static final List<String> HEADLINES = List.of(
            "{NK} showcases {G} at military parade",
            "Customs in {PORT} intercept {G} bound for {NK}",
            "{C} to tighten sanctions enforcement after {ORG} report",
            "{TEAM} and {NK} draw {N1}-{N2} in World Cup qualifier",
            "Broker in {CITY} charged over sale of {G}");

    static final List<String> NK = List.of(
            "North Korea",
            "North Korea",
            "the DPRK",
            "Pyongyang",
            "Kim Jong Un",
            "Kim Jong-un’s government",
            "N. Korea",
            "the Democratic People’s Republic of Korea",
            "North Korean officials");
    static final List<String> NK_CITIES =
            List.of("Pyongyang", "Wonsan", "Sinuiju", "Kaesong", "Hamhung", "Chongjin", "Rason");
    static final List<String> PEOPLE = List.of(
            "Choi Min-jun",
            "Lee Jae-won",
            "Anna Petrova",
            "John Miller",
            "Sophie Laurent",
            "Hiroshi Tanaka",
            "Zhang Wei",
            "Ri Son Gwon",
            "María José Ortega",
            "Nguyễn Văn An",
            "Olga Ivanova",
            "Thomas Becker",
            "Amélie Dubois",
            "Park Seo-yeon");
    static final List<String> COUNTRIES = List.of(
            "China",
            "Russia",
            "Japan",
            "South Korea",
            "Singapore",
            "Malaysia",
            "Vietnam",
            "Germany",
            "Italy",
            "France",
            "the Netherlands",
            "Switzerland",
            "the United States",
            "Mongolia");
    static final List<String> CITIES = List.of(
            "Seoul",
            "Beijing",
            "Moscow",
            "Vladivostok",
            "Dandong",
            "Tokyo",
            "Geneva",
            "Zürich",
            "Singapore",
            "Hanoi",
            "New York",
            "Brussels",
            "Busan",
            "Shanghai",
            "Kuala Lumpur",
            "Ulaanbaatar");
    static final List<String> PORTS = List.of(
            "Dalian",
            "Nakhodka",
            "Busan",
            "Rotterdam",
            "Hamburg",
            "Kaohsiung",
            "Port Klang",
            "Vladivostok",
            "Nampo port");
    static final List<String> ORGS = List.of(
            "UN Panel of Experts",
            "International Crisis Group",
            "Royal United Services Institute",
            "Center for Strategic and International Studies",
            "Korea Development Institute",
            "customs service",
            "Stimson Center",
            "Sanctions Monitoring Team");
    static final List<String> TEAMS =
            List.of("Japan", "Uzbekistan", "Vietnam", "Australia", "South Korea", "China", "Jordan", "Qatar");
    static final List<String> MONTHS = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    static final List<String> DAYS =
            List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
}
