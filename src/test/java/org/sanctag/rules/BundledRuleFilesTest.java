package org.sanctag.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled index lists exactly the rule files of rules/, and each is named after its id. */
class BundledRuleFilesTest {

    @Test
    void theIndexListsEveryRuleFileOfTheRulesDirectory() throws IOException {
        List<String> files;
        try (Stream<Path> listed = Files.list(Path.of("rules"))) {
            files = listed.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        List<String> indexed = RuleSetLoader.bundledIds().stream()
                .map(id -> id + ".yaml")
                .sorted()
                .toList();
        assertEquals(files, indexed, "rules/index.txt must list every rules/*.yaml file, one a line");
    }

    @Test
    void everyBundledSetLoadsUnderTheIdItsFileIsNamedAfter() {
        LoadedRuleSets bundled = RuleSetLoader.bundledAll();
        assertEquals(RuleSetLoader.bundledIds(), bundled.ids());
        assertEquals(List.of(RuleSetLoader.UN_ID), bundled.defaults());
        bundled.sets()
                .forEach(set -> assertEquals(
                        "classpath:rules/" + set.rules().id() + ".yaml",
                        set.location(),
                        "a bundled file is named <id>.yaml"));
    }
}
