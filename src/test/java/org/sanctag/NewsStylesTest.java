package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctag.rules.RuleSetLoader;

/**
 * The constructs for the ways news is written (refers_back, not_before, {@code <number>} in after,
 * clause ends before an after word, page furniture), on the bundled rules with sentences written here.
 */
class NewsStylesTest {

    private static final Tagger TAGGER = Tagger.of(RuleSetLoader.bundled());

    private static List<String> categoriesOfPassages(String text) {
        return TAGGER.tag(text).passages().stream()
                .map(passage -> passage.text() + " => " + passage.categories())
                .toList();
    }

    private static boolean passageHolds(String text, String sentence, String category) {
        return TAGGER.tag(text).passages().stream()
                .anyMatch(passage ->
                        passage.text().equals(sentence) && passage.categories().contains(category));
    }

    @Test
    void aModelNamedAloneRefersBackToTheCarNamedBefore() {
        String text = "Kim Jong Un arrived in a Maybach. Later the S680 was parked outside the hall.";
        assertTrue(passageHolds(text, "Later the S680 was parked outside the hall.", "vehicles"));
    }

    @Test
    void aModelRefersToTheLastGoodsNamedNotToEveryCategory() {
        String text = "Kim Jong Un came in a Maybach. He wore an IWC watch and later a red-gold model.";
        assertTrue(passageHolds(text, "He wore an IWC watch and later a red-gold model.", "watches"));
        assertTrue(TAGGER.explain(text).explanation().stream()
                .noneMatch(c -> c.text().equals("model")
                        && c.category().equals("vehicles")
                        && c.verdict() == org.sanctag.result.Verdict.ACCEPTED));
    }

    @Test
    void aModelWithNoGoodsBeforeItCountsForNothing() {
        assertEquals(List.of(), categoriesOfPassages("North Korea showed the new model of its rocket on Sunday."));
    }

    @Test
    void theGoodsOrTheItemsAreTheGoodsOfTheSentenceThatNamedGoodsLast() {
        String text =
                "Customs officers in Busan seized 14 Rolex watches and three diamond necklaces bound for Pyongyang."
                        + " The items were hidden in boxes declared as kitchen supplies.";
        assertEquals(
                List.of(
                        "Customs officers in Busan seized 14 Rolex watches and three diamond necklaces bound for"
                                + " Pyongyang. => [watches, jewellery]",
                        "The items were hidden in boxes declared as kitchen supplies. => [watches, jewellery]"),
                categoriesOfPassages(text));
    }

    @Test
    void theGoodsThreeSentencesOnAreNotTheGoodsNamedBefore() {
        String text = "A trader sent two Rolex watches to Pyongyang in 2019. He was fined in 2021. He appealed."
                + " The court said the goods, mostly coal, had left from Nampo.";
        assertEquals(
                List.of("A trader sent two Rolex watches to Pyongyang in 2019. => [watches]"),
                categoriesOfPassages(text));
        assertTrue(TAGGER.explain(text).explanation().stream()
                .anyMatch(c -> c.text().equals("goods")
                        && c.category().equals("watches")
                        && c.reason().contains("more than 2 sentences back")));
    }

    @Test
    void aReferenceInASentenceThatNamesGoodsRefersToThoseGoods() {
        String text = "Kim Jong Un received a Persian rug from the visitors to North Korea."
                + " The gifts also included a bone china dinner set.";
        assertEquals(
                "The gifts also included a bone china dinner set. => [tableware]",
                categoriesOfPassages(text).get(1));
    }

    @Test
    void aPronounRightAfterGoodsAsTheObjectOfOwningOrGettingIsThoseGoods() {
        String text = "North Korea cannot legally buy a superyacht abroad. Kim Jong Un is said to own several.";
        assertTrue(passageHolds(text, "Kim Jong Un is said to own several.", "yachts"));
        assertEquals(
                List.of("Kim Jong Un bought a Rolex watch in 2019. => [watches]"),
                categoriesOfPassages(
                        "Kim Jong Un bought a Rolex watch in 2019. North Korea has one of the largest armies."
                                + " Officials said they own several."));
    }

    @Test
    void aPronounNotAfterItsVerbsIsNoCandidateEvenInAnExplanation() {
        var explanation = TAGGER.explain("Kim Jong Un bought a Rolex watch in Pyongyang. It said the goods were his.")
                .explanation();
        assertTrue(explanation.stream().noneMatch(c -> c.text().equals("It")), explanation.toString());
        assertTrue(explanation.stream().anyMatch(c -> c.text().equals("goods")), explanation.toString());
    }

    @Test
    void theCarPartsASpotterNamesAreTheCar() {
        String text = "Kim Jong Un arrived in a Mercedes-Maybach S 680 in Pyongyang.\n\n"
                + "Note the long rear doors and the extended wheelbase.";
        assertTrue(passageHolds(text, "Note the long rear doors and the extended wheelbase.", "vehicles"));
        assertEquals(List.of(), categoriesOfPassages("The port's wheelbase rules for trucks changed in North Korea."));
    }

    @Test
    void aBarLineOfQuantitiesBesideAnotherRowIsATableRowButABylineIsNot() {
        String text = "Prosecutors listed what was shipped to North Korea.\n\n"
                + "Item | Quantity | Declared as | Est. value\n"
                + "18-karat gold necklaces and bracelets | 1,140 pieces | costume accessories | $1.6 million\n"
                + "Swiss wristwatches | 96 boxes | wall clocks | $180,000\n\n"
                + "Posted by Ann Lee | 14 March 2025 | Filed under: Armoured Cars | 11 comments\n";
        assertEquals(
                List.of(
                        "18-karat gold necklaces and bracelets | 1,140 pieces | costume accessories | $1.6 million"
                                + " => [jewellery]",
                        "Swiss wristwatches | 96 boxes | wall clocks | $180,000 => [watches]"),
                categoriesOfPassages(text));
    }

    @Test
    void theBrandSpeakingAsACompanyIsNotACar() {
        assertEquals(
                List.of(),
                categoriesOfPassages("BMW said it has no dealers in North Korea. The BMW Group declined to comment."));
        assertTrue(passageHolds(
                "Kim Jong Un was driven in a BMW on Tuesday.",
                "Kim Jong Un was driven in a BMW on Tuesday.",
                "vehicles"));
    }

    @Test
    void aPronounRightAfterGoodsAsTheSubjectOfArrivingIsThoseGoodsButNotAcrossAComma() {
        String text = "Putin gave Kim Jong Un an Aurus Senat limousine in Pyongyang."
                + " How this one got to Pyongyang is unclear. Customs officers found a Rolex watch in a bag in Dandong."
                + " It was later sold in Sinuiju.";
        assertEquals(
                List.of(
                        "Putin gave Kim Jong Un an Aurus Senat limousine in Pyongyang. => [vehicles]",
                        "How this one got to Pyongyang is unclear. => [vehicles]",
                        "Customs officers found a Rolex watch in a bag in Dandong. => [watches]",
                        "It was later sold in Sinuiju. => [watches]"),
                categoriesOfPassages(text));
        assertEquals(
                List.of("Putin gave Kim Jong Un an Aurus Senat limousine in Pyongyang. => [vehicles]"),
                categoriesOfPassages("Putin gave Kim Jong Un an Aurus Senat limousine in Pyongyang."
                        + " When Kim arrived, it was raining. It said the talks went well."));
    }

    @Test
    void theModelIsTheModelOfWhateverWasNamedBefore() {
        assertTrue(passageHolds(
                "Kim Jong Un arrived in a Mercedes-Maybach S680 in Pyongyang. It is the first time the model"
                        + " has been seen with him.",
                "It is the first time the model has been seen with him.",
                "vehicles"));
        String watch = "Kim Jong Un wore a Rolex Submariner at the parade in Pyongyang. The model sells for"
                + " about $10,000.";
        assertEquals(
                List.of(
                        "Kim Jong Un wore a Rolex Submariner at the parade in Pyongyang. => [watches]",
                        "The model sells for about $10,000. => [watches]"),
                categoriesOfPassages(watch));
        assertEquals(
                List.of("Kim Jong Un arrived in a Maybach in Pyongyang. => [vehicles]"),
                categoriesOfPassages("Kim Jong Un arrived in a Maybach in Pyongyang. Analysts called it the model"
                        + " of a sanctions failure. Nobody knew the model years."));
    }

    @Test
    void aReferenceInALeadInEndingWithAColonPointsForwardNotBack() {
        String text = "Kim Jong Un has been filmed in at least nine foreign cars in Pyongyang.\n\n"
                + "The models identified so far:\n\n- Mercedes-Maybach S600 Pullman Guard\n- Lexus LX 570\n";
        assertEquals(
                List.of(
                        "Kim Jong Un has been filmed in at least nine foreign cars in Pyongyang. => [vehicles]",
                        "Mercedes-Maybach S600 Pullman Guard => [vehicles]",
                        "Lexus LX 570 => [vehicles]"),
                categoriesOfPassages(text));
        assertTrue(TAGGER.explain(text).explanation().stream()
                .anyMatch(c -> c.text().equals("models") && c.reason().contains("ends with a colon")));
    }

    @Test
    void aBentleyAfterAnArticleIsTheCarButBentleySpeakingIsNot() {
        String text = "A Singapore trader supplied Pyongyang with Swiss watches and a Bentley.";
        assertTrue(passageHolds(text, text, "vehicles"));
        assertEquals(
                List.of(),
                categoriesOfPassages("In Pyongyang, the Bentley Systems software was never licensed, Bentley said."));
    }

    @Test
    void aVideoLabelAfterTheStoryIsFurnitureAndAKickerIsNoMasthead() {
        String text = "LIVE\nRussian border guards seize superyacht bound for North Korea\n\n"
                + "Border guards boarded the yacht early on Tuesday.\n\n"
                + "Watch: Drone footage shows border guards boarding the yacht\n\n"
                + "The yacht was towed to Vladivostok.";
        assertEquals(
                List.of(
                        "Russian border guards seize superyacht bound for North Korea => [yachts]",
                        "Border guards boarded the yacht early on Tuesday. => [yachts]",
                        "The yacht was towed to Vladivostok. => [yachts]"),
                categoriesOfPassages(text));
    }

    @Test
    void theBoatAfterJetSkisIsWatercraftAndASapphireCrystalIsAWatchGlass() {
        String text = "Police in Osaka seized two jet skis bound for North Korea. The boats were hidden under"
                + " tarpaulins.";
        assertTrue(passageHolds(text, "The boats were hidden under tarpaulins.", "watercraft"));
        String watch = "Kim Jong Un wore a Rolex watch with a sapphire crystal in Pyongyang.";
        assertEquals(List.of(watch + " => [watches]"), categoriesOfPassages(watch));
    }

    @Test
    void aLineOfHashtagsIsFurniture() {
        String text = "Kim Jong Un's new yacht is moored at Wonsan again.\n\n#Kalma #yacht\n";
        assertEquals(
                List.of("Kim Jong Un's new yacht is moored at Wonsan again. => [yachts]"), categoriesOfPassages(text));
    }

    @Test
    void seizedWatchesBesideOfficersAreWatchesButTheOfficerOfTheWatchIsNot() {
        String seized = "Customs officers inspect seized watches at a warehouse in Dandong bound for Pyongyang.";
        assertTrue(passageHolds(seized, seized, "watches"));
        assertEquals(
                List.of(),
                categoriesOfPassages("The watch officer of the North Korean freighter was questioned in Busan."));
    }

    @Test
    void aWristWithPerfumeOrAShipCalledPearlNamesNoGoods() {
        String text = "Kim Jong Un's sister wore a Rolex watch and a pearl necklace in Pyongyang."
                + " A saleswoman dabbed perfume on my wrist. The coal came on the cargo vessel Golden Pearl 3.";
        assertEquals(
                List.of("Kim Jong Un's sister wore a Rolex watch and a pearl necklace in Pyongyang. => [watches,"
                        + " jewellery]"),
                categoriesOfPassages(text));
    }

    @Test
    void pluralWatchesAfterAVerbOfTradingAreTheNounButAfterANameTheVerb() {
        String sentence = "The same networks in Dandong move watches, liquor and electronics to Pyongyang.";
        assertTrue(passageHolds(sentence, sentence, "watches"));
        assertEquals(List.of(), categoriesOfPassages("In Pyongyang, Kim watches the parade from a balcony."));
    }

    @Test
    void aWatchAfterAPriceIsTheNoun() {
        String sentence = "Kim Jong Un wore a $12,500 watch at the parade.";
        assertTrue(passageHolds(sentence, sentence, "watches"));
    }

    @Test
    void aClauseEndBetweenTheAfterWordAndTheTermBreaksTheLink() {
        assertEquals(
                List.of(), categoriesOfPassages("Q: What should we look for in North Korea?\n\nA: Watch the shoes."));
    }

    @Test
    void pageFurnitureIsNotPartOfTheStory() {
        String text = "Kim Jong Un rode in a Maybach in Pyongyang on Monday.\n\n"
                + "Trending: Rolex | Pyongyang | Cartier\n"
                + "Watch: Kim Jong Un and his Aurus limousine (1:12)\n\n"
                + "Related\n"
                + "North Korea smuggled Rolex watches through Dalian\n"
                + "Kim Jong Un tours a factory in a Lexus\n";
        assertEquals(
                List.of("Kim Jong Un rode in a Maybach in Pyongyang on Monday. => [vehicles]"),
                categoriesOfPassages(text));
    }

    @Test
    void aPluralOpeningItsSentenceIsTheNounWhereTheArticleNamesWatches() {
        String text = "Customs in Incheon seized 12 Rolex watches bound for North Korea.\n\n"
                + "Watches were also found in a second crate.";
        assertTrue(passageHolds(text, "Watches were also found in a second crate.", "watches"));
        assertEquals(List.of(), categoriesOfPassages("Watches were also found in a second crate in Pyongyang."));
    }

    @Test
    void theBrandSpeakingPastAnAppositionIsNotAGood() {
        assertEquals(
                List.of(),
                categoriesOfPassages(
                        "Cartier, which is part of a Swiss luxury group, said it had no shop in North Korea."));
    }

    @Test
    void aBrandNameVetoedAsTheCompanySpeakingTakesTheWordsInsideItAlong() {
        assertEquals(
                List.of(),
                categoriesOfPassages("Sunseeker said in Pyongyang talks that it does not sell there. "
                        + "The Federation of the Swiss Watch Industry said exports to North Korea were nil."));
    }

    @Test
    void aCountOfVesselsRefersToTheNearestKindOfShipNamed() {
        String yachts = "A motor yacht was seen at Wonsan, North Korea, beside a second one. Both vessels are new.";
        assertTrue(passageHolds(yachts, "Both vessels are new.", "yachts"));
        String tankers = "North Korea bought a motor yacht last year. A tanker lay alongside a vessel off Nampo. "
                + "The two vessels were joined by hoses.";
        assertTrue(TAGGER.tag(tankers).passages().stream()
                .noneMatch(passage -> passage.text().startsWith("The two vessels")));
    }

    @Test
    void twoMercedesAreCars() {
        String sentence = "Two Mercedes were driven across the border into North Korea.";
        assertTrue(passageHolds(sentence, sentence, "vehicles"));
    }

    @Test
    void aPressReleaseBoilerplateAndLabelledLinksAreNotTheStory() {
        String text = "A yacht sold by us was not sent to North Korea, the company said.\n\n"
                + "ENDS\n\n"
                + "Notes to editors\n"
                + "The company builds luxury yachts in Plymouth.\n\n"
                + "Read more: Kim Jong Un's yacht seen at Wonsan\n";
        assertEquals(
                List.of("A yacht sold by us was not sent to North Korea, the company said. => [yachts]"),
                categoriesOfPassages(text));
    }

    @Test
    void aMastheadABylineANumberedLinkListAndAnAuthorNoteAreNotTheStory() {
        String text = "PYONGYANG PLATES\n"
                + "Every car in the Kim motorcade\n\n"
                + "Kim Jong Un arrived in a Maybach, and the car was new.\n\n"
                + "Interview by Pearl Nakamura\n\n"
                + "The pearl necklace he gave was a gift.\n\n"
                + "Most read\n"
                + "1. Seoul house prices rise\n"
                + "2. Mercedes-Benz recalls 40,000 cars\n\n"
                + "Pearl Nakamura is a contributing writer based in Tokyo.\n";
        assertEquals(
                List.of(
                        "Kim Jong Un arrived in a Maybach, and the car was new. => [vehicles]",
                        "The pearl necklace he gave was a gift. => [jewellery]"),
                categoriesOfPassages(text));
    }

    @Test
    void aHeadlineInCapitalsInAParagraphOfItsOwnIsTheStory() {
        String text = "KIM'S NEW MAYBACH\n\nKim Jong Un arrived in a Maybach.\n";
        assertEquals(
                List.of("KIM'S NEW MAYBACH => [vehicles]", "Kim Jong Un arrived in a Maybach. => [vehicles]"),
                categoriesOfPassages(text));
    }

    @Test
    void aCarReferringBackToARacingCarIsARacingCar() {
        String text = "Kim Jong Un keeps a single-seater racing car in Wonsan. The car carried no branding.";
        assertTrue(passageHolds(text, "The car carried no branding.", "racing_cars"));
    }

    @Test
    void bulletsUnderALabelOfLinksAreNotTheStoryButKeyPointsAre() {
        String text = "Kim Jong Un arrived in Vladivostok by train on Monday.\n\n"
                + "Key points\n"
                + "- Putin presented Kim with a motor yacht\n"
                + "- Officials said the gift would breach sanctions\n\n"
                + "Related fact checks\n"
                + "- No, this photo does not show a Rolex on Kim's wrist\n"
                + "\u2022 Fact check: a viral clip of a North Korean yacht is a patrol boat\n";
        assertEquals(
                List.of(
                        "Putin presented Kim with a motor yacht => [yachts]",
                        "Officials said the gift would breach sanctions => [yachts]"), // "the gift" is the yacht
                categoriesOfPassages(text));
    }

    @Test
    void aRuleAboveALabelOfLinksOpensTheListAsABlankLineWould() {
        String text = "Officials in Tokyo said they would keep watching both tankers off North Korea.\n\n"
                + "-----\n"
                + "RELATED STORIES\n"
                + "- Kim Jong Un's new Maybach limousine spotted at Pyongyang parade\n"
                + "- North Korean hackers stole $600m in crypto\n";
        assertEquals(List.of(), categoriesOfPassages(text));
    }

    @Test
    void aBarLineWithFiguresIsATableRowOfTheStory() {
        String text = "China's exports to North Korea, selected HS codes (US$ thousand)\n\n"
                + "HS code | Description | 2023 | 2024\n"
                + "9101 | Wrist-watches, precious-metal case | 188 | 635\n"
                + "3304 | Beauty and make-up preparations | 14,096 | No\n"
                + "5701 | Carpets, knotted | 54 | 212\n\n"
                + "Trending: Rolex | Pyongyang | Cartier\n";
        assertEquals(
                List.of(
                        "9101 | Wrist-watches, precious-metal case | 188 | 635 => [watches]",
                        "5701 | Carpets, knotted | 54 | 212 => [rugs_tapestries]"),
                categoriesOfPassages(text));
    }

    @Test
    void aHandleOrAFileNameJoinedByUnderscoresNamesNoGoods() {
        String text = "Kim Jong Un toured Pyongyang in a new Maybach on Monday.\n\n"
                + "#7 jaguar_xj_fan Posted 14 March, 12:02\n"
                + "Pics: [img]pyongyang_motorcade_01.jpg[/img]\n\n"
                + "The _Maybach_ had Russian plates.";
        assertEquals(
                List.of(
                        "Kim Jong Un toured Pyongyang in a new Maybach on Monday. => [vehicles]",
                        "The _Maybach_ had Russian plates. => [vehicles]"),
                categoriesOfPassages(text));
    }

    @Test
    void mercedesAfterAnArticleIsTheCarButNotAShipOrASinger() {
        assertTrue(passageHolds(
                "Ri Sol Ju stepped out of a black Mercedes in Pyongyang.",
                "Ri Sol Ju stepped out of a black Mercedes in Pyongyang.",
                "vehicles"));
        assertEquals(
                List.of(),
                categoriesOfPassages("Inspectors found gaps in the Mercedes Star's cargo papers near North Korea.\n\n"
                        + "A Mercedes Sosa song played as Kim Jong Un arrived in Pyongyang."));
    }

    @Test
    void aWatchBrandOrAVesselStandingAloneRefersBackToTheGoodsNamedLast() {
        String watches = "Party officials in Pyongyang were given Swiss watches. "
                + "I handed one man a steel Omega with a blue face.";
        assertTrue(passageHolds(watches, "I handed one man a steel Omega with a blue face.", "watches"));
        String yacht = "Kim Jong Un's yacht is moored at Wonsan. The roughly 95-metre vessel has not left since 2019.";
        assertTrue(passageHolds(yacht, "The roughly 95-metre vessel has not left since 2019.", "yachts"));
    }

    @Test
    void aHarmonizedSystemHeadingNamesItsGoods() {
        String text = "China's shipments to North Korea under HS 9101 rose to $635,000 in 2024.";
        assertTrue(passageHolds(text, text, "watches"));
    }

    @Test
    void aBrandInsideTheDescriptionOfACompanySpeakingIsNotAGood() {
        String text = "Kim Jong Un rode in a Maybach in Pyongyang.\n\n"
                + "Daimler, the Stuttgart company that then owned Mercedes-Benz, said it had no dealings with North Korea.\n\n"
                + "IWC Schaffhausen, the Swiss watchmaker, said it had no retailers in North Korea.\n\n"
                + "On Monday, Kim arrived in a Mercedes-Benz, said a witness in Pyongyang.";
        assertEquals(
                List.of(
                        "Kim Jong Un rode in a Maybach in Pyongyang. => [vehicles]",
                        "On Monday, Kim arrived in a Mercedes-Benz, said a witness in Pyongyang. => [vehicles]"),
                categoriesOfPassages(text));
    }

    @Test
    void aSpokespersonForTheBrandOrTheBrandThatHasSaidIsTheCompanySpeaking() {
        String text = "Kim Jong Un rode in a Maybach in Pyongyang.\n\n"
                + "A spokesperson for Richemont, the Swiss group that owns Cartier, said it had no sales to North Korea.\n\n"
                + "A spokesperson for Mercedes-Benz Korea said the company had no dealings with the North.\n\n"
                + "Mercedes-Benz has said it has had no dealings with North Korea.\n\n"
                + "Rolex did not respond to a request for comment about North Korea.\n\n"
                + "Toyota, which sells the Lexus brand, said it would cooperate with the North Korea inquiry.";
        assertEquals(List.of("Kim Jong Un rode in a Maybach in Pyongyang. => [vehicles]"), categoriesOfPassages(text));
    }

    @Test
    void aCountInWordsBeforeWatchesAndAReferenceToTheModelsAreTheGoods() {
        String text = "Officials in Pyongyang ordered more than three hundred watches before the anniversary.\n\n"
                + "State media showed Kim Jong Un in a Mercedes-Maybach S680. None of these models was built before 2006.";
        assertTrue(passageHolds(
                text,
                "Officials in Pyongyang ordered more than three hundred watches before the anniversary.",
                "watches"));
        assertTrue(passageHolds(text, "None of these models was built before 2006.", "vehicles"));
    }
}
