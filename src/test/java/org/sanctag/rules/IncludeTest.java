package org.sanctag.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeTest {

    private static final Path TEST_SETS = Path.of("src/test/resources/rulesets");

    /** A set that includes the UN set's context and one category; the comments give the line numbers. */
    private static final String INCLUDING = """
            id: including
            version: "1"
            title: Includes the UN set
            jurisdiction: A test jurisdiction
            sources: [a test]
            context:
              include: un-dprk-luxury
            categories:
              - id: watches
                include: un-dprk-luxury
                basis: [a test basis]
                rules:
                  - id: watches.extra
                    terms: [Glashutte Original]
            """;

    private static final String CONTEXT_INCLUDE = "\n  include: un-dprk-luxury";

    private static Path write(Path dir, String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private static InvalidRuleFileException refusal(List<Path> files) {
        return assertThrows(InvalidRuleFileException.class, () -> RuleSetLoader.load(files));
    }

    @Test
    void aCategoryIncludeBringsTheNameRulesAndExclusionsAndKeepsItsOwnBasis() throws Exception {
        LoadedRuleSet un = RuleSetLoader.bundled();
        Category unWatches = category(un.rules(), "watches");
        LoadedRuleSet national = RuleSetLoader.fromDirectory(TEST_SETS).get("test-national");
        Category watches = category(national.rules(), "watches");

        assertEquals(unWatches.name(), watches.name());
        assertEquals(List.of("Test regulation, Annex 1, point 9: watches (written for a test)"), watches.basis());
        assertEquals(unWatches.rules().size() + 1, watches.rules().size());
        assertEquals(
                unWatches.rules(), watches.rules().subList(0, unWatches.rules().size()));
        assertEquals(
                "watches.test_brands",
                watches.rules().get(watches.rules().size() - 1).id());
        assertEquals(unWatches.exclude(), watches.exclude());
        assertEquals("un-dprk-luxury", watches.include());
        assertEquals(
                "Vehicles, as the test list words it",
                category(national.rules(), "vehicles").name());
        assertEquals(List.of("un-dprk-luxury"), national.rules().includes());
    }

    @Test
    void aContextIncludeBringsTheSignalsBeforeItsOwn() {
        RuleSet un = RuleSetLoader.bundled().rules();
        RuleSet national =
                RuleSetLoader.fromDirectory(TEST_SETS).get("test-national").rules();
        assertEquals(un.context().jurisdiction(), national.context().jurisdiction());
        assertEquals(
                un.context().transfer().size() + 1,
                national.context().transfer().size());
        assertEquals(
                "duty-free",
                national.context().transfer().get(un.context().transfer().size()));
        assertEquals("A test jurisdiction", national.jurisdiction());
    }

    @Test
    void anIncludeOfAnIncludeResolvesThroughBoth() {
        LoadedRuleSets sets = RuleSetLoader.fromDirectory(TEST_SETS);
        assertEquals(List.of("test-national", "test-second"), sets.ids());
        Category spirits = category(sets.get("test-second").rules(), "spirits");
        assertEquals(
                List.of("spirits.vodka", "spirits.sake"),
                spirits.rules().stream().map(Rule::id).toList());
        assertEquals(List.of("vodka martini"), spirits.exclude());
        // Without the UN set among them, every loaded set is the default choice.
        assertEquals(List.of("test-national", "test-second"), sets.defaults());
    }

    @Test
    void theDigestCoversTheFileAndTheDigestsOfWhatItIncludes() throws Exception {
        LoadedRuleSets sets = RuleSetLoader.fromDirectory(TEST_SETS);
        LoadedRuleSet un = RuleSetLoader.bundled();
        byte[] own = Files.readAllBytes(TEST_SETS.resolve("test-national.yaml"));
        assertEquals(sha256(own, "\n" + un.digest()), sets.get("test-national").digest());
        byte[] second = Files.readAllBytes(TEST_SETS.resolve("test-second.yaml"));
        assertEquals(
                sha256(second, "\n" + sets.get("test-national").digest()),
                sets.get("test-second").digest());
        // A file that includes nothing keeps the SHA-256 of its bytes.
        assertEquals(sha256(Files.readAllBytes(Path.of("rules/un-dprk-luxury.yaml")), ""), un.digest());
    }

    @Test
    void anEditOfTheIncludedSetChangesTheIncludingSetsDigest(@TempDir Path dir) throws Exception {
        String base = Files.readString(Path.of("rules/un-dprk-luxury.yaml"));
        Path including = write(dir, "including.yaml", INCLUDING);
        write(dir, "un.yaml", base);
        String before = RuleSetLoader.load(List.of(dir.resolve("un.yaml"), including))
                .get("including")
                .digest();
        write(dir, "un.yaml", base + "\n# an edit\n");
        String after = RuleSetLoader.load(List.of(dir.resolve("un.yaml"), including))
                .get("including")
                .digest();
        assertNotEquals(before, after);
        // A loaded file of the same id comes before the bundled set.
        assertEquals(before, RuleSetLoader.fromFile(including).digest());
    }

    @Test
    void refusesAnUnknownIdAtTheLineOfTheInclude(@TempDir Path dir) throws Exception {
        Path file =
                write(dir, "including.yaml", INCLUDING.replace("  include: un-dprk-luxury", "  include: xx-luxury"));
        InvalidRuleFileException e = refusal(List.of(file));
        assertEquals(file.toString(), e.file());
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(e.problem().contains("'xx-luxury' is neither a rule set loaded with this one nor a bundled one"));
        assertTrue(e.problem().contains("known: un-dprk-luxury"), e.problem());
    }

    @Test
    void refusesACategoryTheIncludedSetLacks(@TempDir Path dir) throws Exception {
        Path file = write(dir, "including.yaml", INCLUDING.replace("- id: watches", "- id: clocks"));
        InvalidRuleFileException e = refusal(List.of(file));
        assertEquals(10, e.line(), e.getMessage());
        assertTrue(e.problem().contains("'un-dprk-luxury' has no category 'clocks'; its categories are vehicles,"));
    }

    @Test
    void refusesACycleAndSaysWhichSetsCloseIt(@TempDir Path dir) throws Exception {
        Path a = write(
                dir, "a.yaml", INCLUDING.replace("id: including", "id: a").replace(CONTEXT_INCLUDE, "\n  include: b"));
        Path b = write(
                dir, "b.yaml", INCLUDING.replace("id: including", "id: b").replace(CONTEXT_INCLUDE, "\n  include: a"));
        InvalidRuleFileException e = refusal(List.of(a, b));
        assertTrue(e.getMessage().contains("closes a cycle of includes (a -> b -> a)"), e.getMessage());
        Path self = write(dir, "self.yaml", INCLUDING.replace("    include: un-dprk-luxury", "    include: including"));
        InvalidRuleFileException itself = refusal(List.of(self));
        assertEquals(10, itself.line(), itself.getMessage());
        assertTrue(itself.problem().contains("the rule set includes itself"), itself.problem());
    }

    @Test
    void refusesAnIncludeOfASetThatIsItselfBroken(@TempDir Path dir) throws Exception {
        Path broken = write(
                dir,
                "broken.yaml",
                INCLUDING
                        .replace("id: including", "id: broken")
                        .replace("  include: un-dprk-luxury", "  include: xx-luxury"));
        Path file = write(
                dir,
                "including.yaml",
                INCLUDING
                        .replace("  include: un-dprk-luxury", "  include: broken")
                        .replace("    include: un-dprk-luxury", "    include: broken"));
        InvalidRuleFileException e = refusal(List.of(file, broken));
        assertEquals(file.toString(), e.file());
        assertEquals(7, e.line(), e.getMessage());
        assertTrue(
                e.problem().startsWith("'include': 'broken' cannot be used: Invalid rule file " + broken + ", line 7"),
                e.problem());
    }

    @Test
    void refusesARuleIdThatTheIncludedCategoryHasToo(@TempDir Path dir) throws Exception {
        Path file = write(dir, "including.yaml", INCLUDING.replace("id: watches.extra", "id: watches.generic"));
        InvalidRuleFileException e = refusal(List.of(file));
        assertEquals(13, e.line(), e.getMessage());
        assertTrue(e.problem().contains("rule id 'watches.generic' is then twice in the rule set"), e.problem());
    }

    @Test
    void refusesTwoFilesOfOneId(@TempDir Path dir) throws Exception {
        Path first = write(dir, "first.yaml", INCLUDING);
        Path second = write(dir, "second.yaml", INCLUDING);
        InvalidRuleFileException e = refusal(List.of(first, second));
        assertEquals(second.toString(), e.file());
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("is also the id of " + first), e.problem());
    }

    @Test
    void aCategoryWithoutIncludeStillNeedsItsNameAndRules() {
        InvalidRuleFileException e = assertThrows(
                InvalidRuleFileException.class,
                () -> RuleFileParser.parse(INCLUDING.replace("    include: un-dprk-luxury\n", ""), "t.yaml"));
        assertTrue(e.problem().contains("'name' is missing"), e.problem());
        InvalidRuleFileException noJurisdiction = assertThrows(
                InvalidRuleFileException.class,
                () -> RuleFileParser.parse(INCLUDING.replace("jurisdiction: A test jurisdiction\n", ""), "t.yaml"));
        assertTrue(noJurisdiction.problem().contains("'jurisdiction' is missing"), noJurisdiction.problem());
    }

    @Test
    void defaultsMustBeLoadedSets() {
        LoadedRuleSets sets = RuleSetLoader.fromDirectory(TEST_SETS);
        assertEquals(
                List.of("test-second"),
                sets.withDefaults(List.of("test-second", "test-second")).defaults());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> sets.withDefaults(List.of("un-dprk-luxury")));
        assertTrue(e.getMessage().contains("the loaded ones are test-national, test-second"), e.getMessage());
    }

    @Test
    void aDirectoryWithoutRuleFilesIsRefused(@TempDir Path dir) {
        InvalidRuleFileException e =
                assertThrows(InvalidRuleFileException.class, () -> RuleSetLoader.fromDirectory(dir));
        assertTrue(e.problem().contains("holds no rule file"), e.problem());
    }

    private static Category category(RuleSet rules, String id) {
        return rules.categories().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String sha256(byte[] content, String suffix) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(content);
        sha256.update(suffix.getBytes(StandardCharsets.UTF_8));
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
}
