package org.sanctag.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleFileParserTest {

    /**
     * The last line of {@link #VALID}, a top-level key written after the categories so that the
     * line numbers above it stay those of the tests; a test that adds categories puts it after them.
     */
    private static final String JURISDICTION = "jurisdiction: Test jurisdiction\n";

    /** A valid file; each test breaks one line of it. The comments give the line numbers. */
    private static final String VALID = """
            id: test
            version: "1"
            title: Test rules
            sources: [written for a test]
            context:
              jurisdiction: [North Korea]
              transfer: [gifted]
            categories:
              - id: vehicles
                name: Luxury vehicles
                basis: [UNSCR 2094 (2013)]
                rules:
                  - id: vehicles.models
                    terms: [limousine, Rolls-Royce]
                  - id: vehicles.mercedes
                    terms: [Mercedes]
                    near: [Benz]
                    within: 3
                  - id: vehicles.classes
                    terms: [S-Class]
                    after: [an, armoured black]
                exclude: [Mercedes Sosa]
            """ + JURISDICTION;

    /** {@link #VALID} without its last line, so that a test can add categories at its end. */
    private static String withoutJurisdiction() {
        return VALID.substring(0, VALID.length() - JURISDICTION.length());
    }

    private static InvalidRuleFileException failure(String yaml) {
        return assertThrows(InvalidRuleFileException.class, () -> RuleFileParser.parse(yaml, "test.yaml"));
    }

    private static String broken(String from, String to) {
        assertTrue(VALID.contains(from), from);
        return VALID.replace(from, to);
    }

    @Test
    void readsAValueThresholdWithItsRates() {
        RuleSet rules = RuleFileParser.parse(
                broken(
                        "    exclude: [Mercedes Sosa]",
                        "    exclude: [Mercedes Sosa]\n    threshold: {above: 2000, currency: USD, rates: {EUR: 1.08}}"),
                "test.yaml");
        ValueThreshold threshold = rules.categories().get(0).threshold();
        assertEquals(0, new java.math.BigDecimal("2000").compareTo(threshold.above()));
        assertEquals("USD", threshold.currency());
        assertEquals(
                0, new java.math.BigDecimal("1.08").compareTo(threshold.rates().get("EUR")));
        assertEquals(
                null,
                RuleFileParser.parse(VALID, "test.yaml").categories().get(0).threshold());
    }

    @Test
    void refusesAThresholdInWordsAtItsLine() {
        InvalidRuleFileException e = failure(broken(
                "    exclude: [Mercedes Sosa]",
                "    exclude: [Mercedes Sosa]\n    threshold:\n      above: 500\n      currency: dollars"));
        assertTrue(e.getMessage().contains("test.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("line 25"), e.getMessage());
        assertTrue(e.getMessage().contains("three-letter ISO 4217 code"), e.getMessage());
    }

    @Test
    void refusesAThresholdThatIsNotPositive() {
        InvalidRuleFileException e = failure(broken(
                "    exclude: [Mercedes Sosa]",
                "    exclude: [Mercedes Sosa]\n    threshold: {above: 0, currency: USD}"));
        assertTrue(e.getMessage().contains("'above' must be a positive amount"), e.getMessage());
    }

    @Test
    void readsEveryConstruct() {
        RuleSet rules = RuleFileParser.parse(VALID, "test.yaml");
        assertEquals("test", rules.id());
        assertEquals("1", rules.version());
        Category vehicles = rules.categories().get(0);
        assertEquals(4, vehicles.termCount());
        Rule mercedes = vehicles.rules().get(1);
        assertEquals(3, mercedes.within());
        assertEquals(Strength.STRONG, mercedes.strength());
        assertEquals(Rule.DEFAULT_WITHIN, vehicles.rules().get(0).within());
        assertEquals(List.of("Mercedes Sosa"), vehicles.exclude());
        assertEquals(List.of("an", "armoured black"), vehicles.rules().get(2).after());
        assertEquals(List.of(), mercedes.after());
    }

    @Test
    void readsReferencesAsTheirOwnListAndDefaultsTheirReach() {
        RuleSet rules = RuleFileParser.parse(
                VALID.replace(
                        "categories:\n",
                        "references:\n  - {id: goods_again, terms: [goods], after: [the]}\ncategories:\n"),
                "test.yaml");
        Reference reference = rules.references().get(0);
        assertEquals(List.of("goods"), reference.terms());
        assertEquals(Reference.DEFAULT_REACH, reference.reachesBack());
        Rule copy = reference.asRuleOf("vehicles");
        assertEquals("vehicles.goods_again", copy.id());
        assertEquals(Strength.REFERS_BACK, copy.strength());
        assertEquals(Reference.DEFAULT_REACH, copy.reachesBack());
        assertEquals(Rule.ANY_DISTANCE, rules.categories().get(0).rules().get(0).reachesBack());
    }

    @Test
    void readsTheWordsATermMustStandBeforeOnARuleAndOnAReference() {
        RuleSet rules = RuleFileParser.parse(
                VALID.replace(
                                "categories:\n",
                                "references:\n  - {id: moving_on, terms: [it], before: [reached, was shipped]}\n"
                                        + "categories:\n")
                        .replace(
                                "    after: [an, armoured black]",
                                "    after: [an, armoured black]\n        before: [arrived]"),
                "test.yaml");
        assertEquals(
                List.of("reached", "was shipped"), rules.references().get(0).before());
        assertEquals(
                List.of("reached", "was shipped"),
                rules.references().get(0).asRuleOf("vehicles").before());
        assertEquals(
                List.of("arrived"), rules.categories().get(0).rules().get(2).before());
        assertEquals(List.of(), rules.categories().get(0).rules().get(0).before());
    }

    /** One broken line, the line a refusal must name and the key it must name. */
    record Breakage(String what, String from, String to, int line, String says) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Breakage> breakages() {
        return Stream.of(
                new Breakage("unknown key", "    within: 3", "    withn: 3", 18, "unknown key 'withn'"),
                new Breakage("wrong type", "within: 3", "within: three", 18, "'within' must be a whole number"),
                new Breakage("list written as text", "near: [Benz]", "near: Benz", 17, "'near' must be a list"),
                new Breakage("mapping in a list", "near: [Benz]", "near: [{Benz: 1}]", 17, "each entry of 'near'"),
                new Breakage("unknown strength", "within: 3", "within: 3\n        strength: medium", 19, "strong"),
                new Breakage("bad rule-set id", "id: test", "id: \"-test\"", 1, "'id' is '-test'"),
                new Breakage("upper-case category id", "- id: vehicles\n", "- id: Vehicles\n", 9, "'id' is 'Vehicles'"),
                new Breakage("bad rule id", "id: vehicles.classes", "id: Classes", 19, "'id' is 'Classes'"),
                new Breakage("empty list", "[limousine, Rolls-Royce]", "[]", 14, "'terms' must list at least one"),
                new Breakage("empty entry", "basis: [UNSCR 2094 (2013)]", "basis: [\" \"]", 11, "'basis' has an empty"),
                new Breakage(
                        "within out of range", "within: 3", "within: 500", 18, "'within' is 500; it must be 1 to 50"),
                new Breakage("after without words", "[an, armoured black]", "[an, \"--\"]", 21, "'after' has '--'"),
                new Breakage(
                        "before without words",
                        "after: [an, armoured black]",
                        "after: [an, armoured black]\n        before: [\"--\"]",
                        22,
                        "'before' has '--'"),
                new Breakage(
                        "reaches_back on a strong rule",
                        "within: 3",
                        "within: 3\n        reaches_back: 2",
                        19,
                        "'reaches_back' is for a refers_back rule; this rule is strong"),
                new Breakage(
                        "reference with a strength",
                        "categories:\n",
                        "references:\n  - id: goods_again\n    terms: [goods]\n    strength: weak\ncategories:\n",
                        11,
                        "unknown key 'strength'"),
                new Breakage(
                        "reference reaching too far",
                        "categories:\n",
                        "references:\n  - {id: goods_again, terms: [goods], reaches_back: 99}\ncategories:\n",
                        9,
                        "'reaches_back' is 99; it must be 0 to 50 sentences"),
                new Breakage(
                        "phrase listed twice",
                        "[limousine, Rolls-Royce]",
                        "[limousine, Limousine]",
                        14,
                        "'terms' lists"),
                new Breakage("missing key", "    name: Luxury vehicles\n", "", 9, "'name' is missing"),
                new Breakage("missing top-level key", "title: Test rules\n", "", 1, "'title' is missing"),
                new Breakage(
                        "missing context",
                        "context:\n  jurisdiction: [North Korea]\n  transfer: [gifted]\n",
                        "",
                        1,
                        "'context' is missing"),
                new Breakage(
                        "duplicate rule id",
                        "id: vehicles.mercedes",
                        "id: vehicles.models",
                        15,
                        "'id': rule id 'vehicles.models' is used twice (first on line 13)"),
                new Breakage(
                        "duplicate category id",
                        "    exclude: [Mercedes Sosa]\n",
                        "    exclude: [Mercedes Sosa]\n  - id: vehicles\n    name: Again\n    basis: [x]\n"
                                + "    rules: [{id: again, terms: [again]}]\n",
                        23,
                        "'id': category id 'vehicles' is used twice (first on line 9)"),
                new Breakage(
                        "duplicate key",
                        "title: Test rules",
                        "title: Test rules\ntitle: Again",
                        4,
                        "'title' is written twice in the same mapping (first on line 3)"),
                new Breakage(
                        "second document",
                        "    exclude: [Mercedes Sosa]\n",
                        "    exclude: [Mercedes Sosa]\n---\nid: again\n",
                        24,
                        "second YAML document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void namesTheFileTheLineAndTheKeyOfEveryRefusal(Breakage breakage) {
        InvalidRuleFileException e = failure(broken(breakage.from(), breakage.to()));
        assertEquals("test.yaml", e.file());
        assertTrue(e.problem().contains(breakage.says()), e.problem());
        assertEquals(breakage.line(), e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid rule file test.yaml, line " + breakage.line() + ": "));
        assertTrue(!e.problem().matches("(?s).*(Exception|Feature|Jackson|`|org\\.|com\\.).*"), e.problem());
    }

    @Test
    void namesTheLineOfAnUpperCaseCategoryIdNotTheLineOfTheLastIdInItsCategory() {
        InvalidRuleFileException e = failure(broken("- id: vehicles\n", "- id: VEHICLES\n"));
        assertEquals(9, e.line(), e.getMessage());
        assertTrue(e.problem().contains("starts with a lower-case letter"), e.problem());
    }

    @Test
    void namesTheLineOfTheRefusedEntryOfABlockList() {
        InvalidRuleFileException e =
                failure(broken("terms: [limousine, Rolls-Royce]", "terms:\n        - limousine\n        - \"--\""));
        assertEquals(16, e.line(), e.getMessage());
        assertTrue(e.problem().contains("'terms' has '--'"), e.problem());
    }

    @Test
    void reportsBrokenYamlSyntaxWithItsLine() {
        InvalidRuleFileException e =
                failure(broken("terms: [limousine, Rolls-Royce]", "terms: [limousine, Rolls-Royce"));
        assertTrue(e.line() >= 14, "line " + e.line());
        assertTrue(e.problem().startsWith("is not valid YAML: "), e.problem());
        assertTrue(e.problem().contains("from line 14"), e.problem());
        assertTrue(!e.problem().contains("reader"), e.problem());
    }

    @Test
    void refusesAnAnchorAndItsAliasInsteadOfReadingTheAliasName() {
        InvalidRuleFileException e = failure(broken("title: Test rules", "title: &car sedan")
                .replace("[limousine, Rolls-Royce]", "[limousine, *car]"));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals(
                "'title' has the anchor &car: YAML anchors and aliases (&car, *car) are not supported;"
                        + " write the phrase out",
                e.problem());
    }

    @Test
    void refusesAnAliasAtItsLine() {
        InvalidRuleFileException e = failure(broken("[limousine, Rolls-Royce]", "[limousine, *car]"));
        assertEquals(14, e.line(), e.getMessage());
        assertTrue(e.problem().startsWith("'terms' has the alias *car: YAML anchors and aliases"), e.problem());
    }

    @Test
    void refusesAnAnchoredMappingAndItsMergeKey() {
        InvalidRuleFileException e =
                failure(broken("      - id: vehicles.classes\n", "      - &base\n        id: vehicles.classes\n")
                        .replace("exclude: [Mercedes Sosa]", "exclude: [Mercedes Sosa]\n    other: {<<: *base}"));
        assertTrue(e.problem().contains("the anchor &base"), e.problem());
    }

    @Test
    void saysAnEmptyFileIsEmpty() {
        assertEquals("the file is empty", failure("").problem());
        assertEquals("the file is empty", failure(" \n\t\n").problem());
    }

    @Test
    void saysAFileOfCommentsOnlyIsEmptyNotThatAValueIsUnexpected() {
        assertEquals(
                "the file is empty", failure("# id: test\n# version: \"1\"\n").problem());
        assertEquals("the file is empty", failure("---\n# nothing yet\n").problem());
    }

    @Test
    void refusesAFileThatIsNotAMapping() {
        InvalidRuleFileException e = failure("- id: test\n");
        assertEquals(1, e.line());
        assertTrue(e.problem().startsWith("the file must be a mapping of keys"), e.problem());
    }

    @Test
    void loadsAFileOverTheYamlLibrarysDefaultCapOf3145728CodePoints() {
        StringBuilder yaml =
                new StringBuilder(withoutJurisdiction()).append("  - id: many\n    name: Many terms\n    basis: [x]\n");
        yaml.append("    rules:\n      - id: many.terms\n        terms:\n");
        for (int i = 0; yaml.length() <= 3_200_000; i++) {
            yaml.append("          - ")
                    .append(i)
                    .append(" the luxury sedan model ")
                    .append("with the armoured doors ");
            yaml.append("and the long wheelbase, bound for Pyongyang\n");
        }
        yaml.append(JURISDICTION);
        RuleSet rules = RuleFileParser.parse(yaml.toString(), "large.yaml");
        assertTrue(rules.categories().get(1).termCount() > 25_000);
    }

    @Test
    void refusesAFileOverTheLimitWithItsOwnMessageAndLoadsOneAtIt() {
        String emoji = "\uD83D\uDE97";
        String atLimit = VALID + "# " + emoji.repeat(10) + "\n";
        int limit = atLimit.codePointCount(0, atLimit.length());
        assertEquals("test", RuleFileParser.parse(atLimit, "test.yaml", limit).id());

        InvalidRuleFileException e = assertThrows(
                InvalidRuleFileException.class, () -> RuleFileParser.parse(atLimit + " ", "test.yaml", limit));
        assertEquals(0, e.line());
        assertTrue(e.problem().startsWith("holds " + String.format("%,d", limit + 1) + " characters;"), e.problem());
        assertTrue(e.problem().contains("at most " + String.format("%,d", limit)), e.problem());
    }

    @Test
    void theLimitIs64MiCodePoints() {
        assertEquals(64 * 1024 * 1024, RuleFileParser.MAX_CODE_POINTS);
    }

    @Test
    void aFileBrokenAtItsLastRuleLoadsNothing(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder(JURISDICTION).append(withoutJurisdiction());
        for (int i = 0; i < 100; i++) {
            yaml.append("  - id: category_")
                    .append(i)
                    .append("\n    name: Category ")
                    .append(i);
            yaml.append("\n    basis: [x]\n    rules:\n      - id: category_").append(i);
            yaml.append(".rule\n        terms: [term ").append(i).append("]\n        within: 5\n");
        }
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, yaml);
        assertEquals(101, RuleSetLoader.fromFile(file).rules().categories().size());

        String lastRuleBroken = yaml.substring(0, yaml.lastIndexOf("within: 5")) + "within: 0\n";
        Files.writeString(file, lastRuleBroken);
        InvalidRuleFileException e = assertThrows(InvalidRuleFileException.class, () -> RuleSetLoader.fromFile(file));
        assertEquals(lastRuleBroken.lines().count(), e.line(), e.getMessage());
        assertTrue(e.problem().contains("'within' is 0"), e.problem());
    }

    @Test
    void aLoadedRuleSetCannotBeChanged() {
        RuleSet rules = RuleFileParser.parse(VALID, "test.yaml");
        Category vehicles = rules.categories().get(0);
        assertThrows(
                UnsupportedOperationException.class, () -> rules.categories().clear());
        assertThrows(UnsupportedOperationException.class, () -> vehicles.rules().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> vehicles.rules().get(0).terms().clear());
        assertThrows(
                UnsupportedOperationException.class, () -> vehicles.exclude().clear());
        assertThrows(
                UnsupportedOperationException.class,
                () -> rules.context().jurisdiction().clear());
    }

    @Test
    void rejectsAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, VALID.replace("Luxury vehicles", "Véhicules").getBytes(StandardCharsets.ISO_8859_1));
        InvalidRuleFileException e = assertThrows(InvalidRuleFileException.class, () -> RuleSetLoader.fromFile(file));
        assertEquals("is not valid UTF-8", e.problem());
        assertTrue(e.getMessage().contains(file.toString()));
    }

    @Test
    void reportsAMissingFileWithoutAClassName(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");
        InvalidRuleFileException e = assertThrows(InvalidRuleFileException.class, () -> RuleSetLoader.fromFile(file));
        assertEquals("does not exist", e.problem());
        assertEquals("Invalid rule file " + file + ": does not exist", e.getMessage());
    }

    @Test
    void fingerprintsTheFileBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.yaml");
        Files.writeString(file, VALID);
        LoadedRuleSet first = RuleSetLoader.fromFile(file);
        Files.writeString(file, VALID + "# a comment changes the digest\n");
        LoadedRuleSet second = RuleSetLoader.fromFile(file);
        assertTrue(first.digest().matches("sha256:[0-9a-f]{64}"), first.digest());
        assertTrue(!first.digest().equals(second.digest()));
    }
}
