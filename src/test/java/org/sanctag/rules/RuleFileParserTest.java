package org.sanctag.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileParserTest {

    /** A valid file; each test breaks one line of it. */
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
            """;

    private static InvalidRuleFileException failure(String yaml) {
        return assertThrows(InvalidRuleFileException.class, () -> RuleFileParser.parse(yaml, "test.yaml"));
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
    void rejectsAnAfterPhraseWithoutWords() {
        InvalidRuleFileException e = failure(VALID.replace("after: [an, armoured black]", "after: [an, \"--\"]"));
        assertTrue(e.problem().contains("after"), e.problem());
        assertEquals(21, e.line(), e.getMessage());
    }

    @Test
    void namesFileLineAndKeyOfAnUnknownKey() {
        InvalidRuleFileException e = failure(VALID.replace("    within: 3", "    withn: 3"));
        assertEquals("test.yaml", e.file());
        assertEquals(18, e.line());
        assertTrue(e.getMessage().contains("unknown key 'withn'"), e.getMessage());
        assertTrue(e.getMessage().contains("within"), e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid rule file test.yaml, line 18:"), e.getMessage());
    }

    @Test
    void reportsBrokenYamlSyntaxWithItsLine() {
        InvalidRuleFileException e =
                failure(VALID.replace("terms: [limousine, Rolls-Royce]", "terms: [limousine, Rolls-Royce"));
        assertTrue(e.line() >= 14, "line " + e.line());
        assertTrue(e.problem().startsWith("not valid YAML"), e.problem());
    }

    @Test
    void rejectsAMissingRequiredKey() {
        InvalidRuleFileException e = failure(VALID.replace("    name: Luxury vehicles\n", ""));
        assertTrue(e.problem().contains("'name' is missing"), e.problem());
        assertTrue(e.problem().contains("categories[0]"), e.problem());
        assertTrue(e.line() > 0);
    }

    @Test
    void rejectsAWindowOutOfRange() {
        InvalidRuleFileException e = failure(VALID.replace("within: 3", "within: 500"));
        assertTrue(e.problem().contains("'within' is 500; it must be 1 to 50"), e.problem());
        assertEquals(18, e.line(), "the line of the refused key");
    }

    @Test
    void rejectsAnUnknownStrength() {
        InvalidRuleFileException e = failure(VALID.replace("    within: 3", "    within: 3\n        strength: medium"));
        assertTrue(e.problem().contains("strong or weak"), e.problem());
    }

    @Test
    void rejectsAListWrittenAsText() {
        InvalidRuleFileException e = failure(VALID.replace("near: [Benz]", "near: Benz"));
        assertTrue(e.problem().contains("expected a list"), e.problem());
        assertTrue(e.problem().contains("near"), e.problem());
    }

    @Test
    void rejectsADuplicateRuleIdAtItsSecondLine() {
        InvalidRuleFileException e = failure(VALID.replace("id: vehicles.mercedes", "id: vehicles.models"));
        assertEquals(15, e.line());
        assertTrue(e.problem().contains("rule id 'vehicles.models' is used twice"), e.problem());
    }

    @Test
    void rejectsADuplicateKey() {
        InvalidRuleFileException e = failure(VALID.replace("title: Test rules", "title: Test rules\ntitle: Again"));
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("title"), e.problem());
    }

    @Test
    void rejectsAPhraseWithoutWordsAndATermListedTwice() {
        assertTrue(failure(VALID.replace("[limousine, Rolls-Royce]", "[limousine, \"--\"]"))
                .problem()
                .contains("has no word in it"));
        assertTrue(failure(VALID.replace("[limousine, Rolls-Royce]", "[limousine, Limousine]"))
                .problem()
                .contains("lists 'Limousine' twice"));
    }

    @Test
    void rejectsABadCategoryId() {
        InvalidRuleFileException e = failure(VALID.replace("- id: vehicles\n", "- id: Vehicles!\n"));
        assertTrue(e.problem().contains("'id' is 'Vehicles!'"), e.problem());
    }

    @Test
    void rejectsAnEmptyFile() {
        assertEquals("is empty", failure("").problem());
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
    void reportsAMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");
        InvalidRuleFileException e = assertThrows(InvalidRuleFileException.class, () -> RuleSetLoader.fromFile(file));
        assertTrue(e.problem().startsWith("cannot be read"), e.problem());
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
