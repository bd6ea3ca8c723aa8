package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.RuleSetSummary;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/**
 * The bundled national rule sets: goods that one list names and another does not, and the words that
 * look like goods but are not (rules/README.md, "National rule sets").
 */
class NationalRuleSetsTest {

    private static final Tagger TAGGER = Tagger.of(RuleSetLoader.bundledAll());

    private static final List<String> NATIONAL =
            List.of("eu-dprk-luxury", "us-dprk-luxury", "ca-dprk-luxury", "jp-dprk-luxury", "uk-dprk-luxury");

    /** In the order of rules/index.txt: a set comes after the sets it includes. */
    private static final List<String> ALL = List.of(
            "un-dprk-luxury", "eu-dprk-luxury", "us-dprk-luxury", "ca-dprk-luxury", "jp-dprk-luxury", "uk-dprk-luxury");

    private static Set<String> flaggingSets(String text) {
        return ALL.stream()
                .filter(id -> TAGGER.tag(text, List.of(id), false).flagged())
                .collect(Collectors.toSet());
    }

    @Test
    void bundlesTheUnSetAndTheFiveNationalOnesWithTheirJurisdictions() {
        assertEquals(ALL, TAGGER.ruleSetIds());
        assertEquals(List.of("un-dprk-luxury"), TAGGER.defaults());
        assertEquals(
                List.of("European Union", "United States", "Canada", "Japan", "United Kingdom"),
                NATIONAL.stream()
                        .map(id -> TAGGER.ruleSet(id).orElseThrow().jurisdiction())
                        .toList());
    }

    @Test
    void everyNationalCategoryCitesItsOwnListAndNeverTheUnResolutionsAlone() {
        for (String id : NATIONAL) {
            RuleSetSummary set = TAGGER.ruleSet(id).orElseThrow();
            String own = switch (id) {
                case "eu-dprk-luxury" -> "Reg.";
                case "us-dprk-luxury" -> "CFR";
                case "uk-dprk-luxury" -> "SI 20";
                case "jp-dprk-luxury" -> "official summary";
                default -> "SOR/2006-287";
            };
            set.categories()
                    .forEach(category -> assertTrue(
                            category.basis().stream().anyMatch(line -> line.contains(own)),
                            id + " " + category.id() + " cites " + category.basis()));
        }
    }

    @Test
    void cognacIsFlaggedUnderEveryNationalListButNotUnderTheUnOne() {
        String text = "Customs officers in Antwerp seized 2,000 bottles of cognac bound for Pyongyang.";

        assertEquals(Set.copyOf(NATIONAL), flaggingSets(text));
        TagResult eu = TAGGER.tag(text, List.of("eu-dprk-luxury", "us-dprk-luxury"), false);
        Passage passage = eu.passages().get(0);
        assertEquals(List.of("eu-dprk-luxury", "us-dprk-luxury"), passage.rulesets());
        assertEquals(List.of("alcohol"), passage.categories());
        assertEquals(
                Set.of("eu-dprk-luxury", "us-dprk-luxury"),
                passage.matches().stream().map(GoodsMatch::ruleset).collect(Collectors.toSet()));
    }

    @Test
    void beefIsFlaggedUnderJapanOnly() {
        String text = "The trading company shipped 800 kilograms of frozen beef to North Korea via Dalian.";

        assertEquals(Set.of("jp-dprk-luxury"), flaggingSets(text));
    }

    @Test
    void wagyuIsGourmetFoodUnderCanadaToo() {
        String text = "Police say the firm sent marbled wagyu to a restaurant in Pyongyang.";

        assertEquals(Set.of("jp-dprk-luxury", "ca-dprk-luxury"), flaggingSets(text));
    }

    @Test
    void lobsterIsCanadianAndHorsesAreEuropeanOrBritish() {
        assertEquals(
                Set.of("ca-dprk-luxury"),
                flaggingSets("A Halifax exporter sold live lobster to a buyer in North Korea."));
        assertEquals(
                Set.of("eu-dprk-luxury", "uk-dprk-luxury"),
                flaggingSets("Russia sent twenty purebred horses to North Korea by train."));
    }

    @Test
    void beerAndCigarettesAreNotInTheEuropeanHeadingsAndCigarsNotInTheCanadianOne() {
        assertEquals(
                Set.of("us-dprk-luxury", "jp-dprk-luxury", "ca-dprk-luxury"),
                flaggingSets("The ship carried beer and cigarettes to North Korea."));
        assertEquals(
                Set.of("eu-dprk-luxury", "uk-dprk-luxury", "us-dprk-luxury", "jp-dprk-luxury"),
                flaggingSets("The diplomat bought Cuban cigars for officials in Pyongyang."));
    }

    @Test
    void hennessyTheSurnameIsNotTheCognac() {
        String text = "North Korea will not give up its weapons, Hennessy said. \"Nobody expects it to,\" said"
                + " Mark Hennessy, a researcher who follows Pyongyang.";

        assertEquals(Set.of(), flaggingSets(text));
        assertEquals(
                Set.copyOf(NATIONAL), flaggingSets("Kim Jong Il was said to spend a fortune every year on Hennessy."));
    }

    @Test
    void champagneTheRegionCognacTheTownAndThePortAreNotDrinks() {
        String text = "The exporter to North Korea, a wholesaler based in Champagne, also has an office in Cognac."
                + " The ship left the port of Nampo for Dalian.";

        assertEquals(Set.of(), flaggingSets(text));
    }

    @Test
    void spiritsAreDrinksOnlyWhenTheyAreDrinks() {
        assertEquals(
                Set.of(),
                flaggingSets("Officials in Pyongyang were in high spirits, acting in the spirit of the summit"
                        + " and for the sake of peace."));
        assertTrue(TAGGER.tag(
                        "The EU bans exports of high-quality spirits to North Korea.", List.of("eu-dprk-luxury"), false)
                .flagged());
    }

    @Test
    void idiomsThatLookLikeGoodsAreNotFlagged() {
        List<String> sentences = List.of(
                "Japan will beef up patrols against North Korean ships.",
                "Washington refused to lift sanctions on North Korea.",
                "Many children in Pyongyang take piano lessons after school.",
                "North Korea's parliament made cosmetic changes to the constitution.",
                "Tokyo deposited its instrument of ratification, North Korea's neighbours noted.",
                "The Rodong Sinmun, the party organ in Pyongyang, praised the decision.",
                "North Korea's rubber-stamp parliament met for one day.",
                "Investigators called the firm a washing machine for North Korean money.",
                "North Korean factories make counterfeit Marlboro cigarettes for export.");
        for (String sentence : sentences) {
            assertEquals(Set.of(), flaggingSets(sentence), sentence);
        }
    }

    @Test
    void diorTheManIsNotTheBagButLadyDiorIs() {
        assertFalse(TAGGER.tag(
                        "Christian Dior opened his salon in 1946; North Korea was founded two years later.",
                        NATIONAL,
                        false)
                .flagged());
        assertEquals(Set.copyOf(NATIONAL), flaggingSets("Kim Yo Jong carried a black Lady Dior bag in Pyongyang."));
    }

    @Test
    void skiLiftsAreSwissSportsInfrastructureNotEquipmentButSkisAreEquipment() {
        String lifts = "Switzerland blocked the sale of ski lifts for a resort in North Korea.";
        String skis = "A trader sold 60 pairs of skis to a North Korean buyer.";

        assertEquals(Set.of("un-dprk-luxury"), flaggingSets(lifts), "the UN file counts lifts as equipment");
        assertEquals(
                Set.of("un-dprk-luxury", "eu-dprk-luxury", "us-dprk-luxury", "uk-dprk-luxury", "ca-dprk-luxury"),
                flaggingSets(skis));
    }
}
