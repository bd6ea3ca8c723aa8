package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctag.result.GoodsMatch;
import org.sanctag.result.Passage;
import org.sanctag.result.Relevance;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/**
 * Runs every article the team wrote (src/test/resources/articles/NAME.txt) through the bundled UN
 * rules and checks the answer against NAME.expected.yaml: the document verdict, the exact list of
 * passages with their categories, and the trap sentences that must not be passages.
 */
class ArticleCorpusTest {

    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final Tagger TAGGER = Tagger.of(RuleSetLoader.bundled());
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // The expectations name relevance as the wire does ("high"); the enum constant is HIGH.
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    record Expected(
            String description,
            boolean flagged,
            Relevance relevance,
            List<ExpectedPassage> passages,
            List<String> absent) {
        Expected {
            passages = passages == null ? List.of() : passages;
            absent = absent == null ? List.of() : absent;
        }
    }

    record ExpectedPassage(String contains, List<String> categories, Relevance relevance, List<String> matches) {}

    static Stream<String> articles() throws IOException {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".txt"))
                    .map(name -> name.substring(0, name.length() - ".txt".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void answersAsTheTeamExpects(String article) throws IOException {
        String text = Files.readString(ARTICLES.resolve(article + ".txt"));
        Expected expected =
                YAML.readValue(ARTICLES.resolve(article + ".expected.yaml").toFile(), Expected.class);
        TagResult result = TAGGER.tag(text);
        String actual = describe(result);

        assertEquals(expected.flagged(), result.flagged(), "flagged\n" + actual);
        assertEquals(expected.relevance(), result.relevance(), "relevance\n" + actual);
        assertEquals(expected.passages().size(), result.passages().size(), "number of passages\n" + actual);
        for (int i = 0; i < expected.passages().size(); i++) {
            ExpectedPassage want = expected.passages().get(i);
            Passage got = result.passages().get(i);
            assertTrue(
                    got.text().contains(want.contains()),
                    "passage " + i + " should contain '" + want.contains() + "'\n" + actual);
            assertEquals(want.categories(), got.categories(), "categories of passage " + i + "\n" + actual);
            if (want.relevance() != null) {
                assertEquals(want.relevance(), got.relevance(), "relevance of passage " + i + "\n" + actual);
            }
            if (want.matches() != null) {
                List<String> matched =
                        got.matches().stream().map(GoodsMatch::text).toList();
                assertTrue(
                        matched.containsAll(want.matches()),
                        "matches of passage " + i + ": " + matched + "\n" + actual);
            }
        }
        for (String trap : expected.absent()) {
            assertFalse(
                    result.passages().stream().anyMatch(p -> p.text().contains(trap)),
                    "'" + trap + "' must not be in a passage\n" + actual);
        }
    }

    @Test
    void flagsMaybachWithAModifierLetterApostropheLikeMaybachWithAnApostrophe() {
        TagResult apostrophe = TAGGER.tag("Kim Jong Un rode in a Maybach's back seat.");
        TagResult modifierLetter = TAGGER.tag("Kim Jong Un rode in a Maybach\u02BCs back seat.");
        assertTrue(apostrophe.flagged(), describe(apostrophe));
        assertTrue(modifierLetter.flagged(), describe(modifierLetter));
        assertEquals(describe(apostrophe), describe(modifierLetter).replace('\u02BC', '\''));
    }

    private static String describe(TagResult result) {
        return result.flagged() + " " + result.relevance() + "\n"
                + result.passages().stream()
                        .map(p -> "  [" + p.relevance() + "] " + p.categories() + " "
                                + p.matches().stream()
                                        .map(m -> m.text() + "/" + m.rule())
                                        .toList()
                                + " :: " + p.text().replace('\n', ' '))
                        .collect(Collectors.joining("\n"));
    }
}
