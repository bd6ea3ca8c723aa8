package org.sanctag.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads the YAML of a rule file into a checked {@link RuleSet}, or says where it is wrong. */
public final class RuleFileParser {

    /**
     * The most text a rule file may hold: 64 Mi characters (Unicode code points), which is 64 MiB
     * for a file of plain ASCII; see rules/README.md. The YAML reader gets the same limit, so its
     * own smaller default never refuses a file first.
     */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private static final RuleFileParser DEFAULT = new RuleFileParser(MAX_CODE_POINTS);

    private final int maxCodePoints;
    private final LoaderOptions options;
    private final ObjectReader reader;

    private RuleFileParser(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
        this.options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                // No single text or key of an accepted file can be longer than the file.
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(maxCodePoints)
                        .maxNameLength(maxCodePoints)
                        .build())
                .build();
        this.reader = YAMLMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build()
                .readerFor(RuleSet.class);
    }

    /**
     * Parses {@code yaml}, naming {@code file} in any error. Its {@code include}s are named, not
     * resolved: {@link RuleSetLoader} resolves them against the rule sets loaded with it.
     */
    public static RuleSet parse(String yaml, String file) {
        return DEFAULT.read(yaml, file).rules();
    }

    /** Parses {@code yaml} under a smaller limit than {@link #MAX_CODE_POINTS}, for tests of it. */
    static RuleSet parse(String yaml, String file, int maxCodePoints) {
        return new RuleFileParser(maxCodePoints).read(yaml, file).rules();
    }

    /** Parses {@code yaml} and keeps the line of every key, so that resolving includes can name lines too. */
    static ParsedRuleFile parseWithLines(String yaml, String file) {
        return DEFAULT.read(yaml, file);
    }

    /** A parsed rule file, its includes not yet resolved, with the lines of its keys. */
    record ParsedRuleFile(RuleSet rules, RuleFileOutline outline) {}

    private ParsedRuleFile read(String yaml, String file) {
        if (yaml.isBlank()) {
            throw new InvalidRuleFileException(file, 0, "the file is empty", null);
        }
        long codePoints = yaml.codePoints().count();
        if (codePoints > maxCodePoints) {
            throw new InvalidRuleFileException(
                    file,
                    0,
                    String.format("holds %,d characters; a rule file may hold at most %,d", codePoints, maxCodePoints),
                    null);
        }
        RuleFileOutline outline = outline(yaml, file);
        RuleSet ruleSet;
        try {
            ruleSet = reader.readValue(yaml);
        } catch (JsonMappingException e) {
            throw refusal(e, outline, file);
        } catch (JsonProcessingException e) {
            // The outline has read the same tokens, so only binding can fail here.
            throw new InvalidRuleFileException(file, lineOf(e), notYaml(e), e);
        }
        if (ruleSet == null) {
            throw new InvalidRuleFileException(file, 0, "the file is empty", null);
        }
        checkUniqueIds(ruleSet, outline, file);
        return new ParsedRuleFile(ruleSet, outline);
    }

    private RuleFileOutline outline(String yaml, String file) {
        try {
            return RuleFileOutline.read(yaml, file, options);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidRuleFileException(file, mark == null ? 0 : mark.getLine() + 1, notYaml(e), e);
        } catch (YAMLException e) {
            throw new InvalidRuleFileException(file, 0, "is not valid YAML", e);
        }
    }

    private static void checkUniqueIds(RuleSet ruleSet, RuleFileOutline outline, String file) {
        Map<String, String> categories = new HashMap<>();
        Map<String, String> rules = new HashMap<>();
        for (int c = 0; c < ruleSet.categories().size(); c++) {
            Category category = ruleSet.categories().get(c);
            String categoryPath = RuleFileOutline.entry("categories", c);
            checkUnique(categories, "category", category.id(), categoryPath, outline, file);
            for (int r = 0; r < category.rules().size(); r++) {
                String rulePath = RuleFileOutline.entry(RuleFileOutline.child(categoryPath, "rules"), r);
                checkUnique(rules, "rule", category.rules().get(r).id(), rulePath, outline, file);
            }
        }
    }

    /** Refuses the second {@code id: <id>}, at its line, which is where the author must look. */
    private static void checkUnique(
            Map<String, String> seen, String kind, String id, String path, RuleFileOutline outline, String file) {
        String idPath = RuleFileOutline.child(path, "id");
        String first = seen.putIfAbsent(id, idPath);
        if (first != null) {
            throw new InvalidRuleFileException(
                    file,
                    outline.lineOf(idPath),
                    "'id': " + kind + " id '" + id + "' is used twice (first on line " + outline.lineOf(first)
                            + "); ids must be unique in the file",
                    null);
        }
    }

    /** A refusal at the line of the key it concerns, in the words of a rule author. */
    private static InvalidRuleFileException refusal(JsonMappingException e, RuleFileOutline outline, String file) {
        String path = pathOf(e.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String keyPath = path.endsWith(unknown.getPropertyName())
                    ? path
                    : RuleFileOutline.child(path, unknown.getPropertyName());
            String allowed = unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new InvalidRuleFileException(
                    file,
                    outline.lineOf(keyPath),
                    "unknown key '" + unknown.getPropertyName() + "'"
                            + RuleFileOutline.at(RuleFileOutline.parentOf(keyPath)) + "; allowed here: " + allowed,
                    e);
        }
        if (e instanceof ValueInstantiationException && e.getCause() instanceof RefusedValue refused) {
            String keyPath = RuleFileOutline.child(path, refused.key());
            String entryPath = refused.entry() < 0 ? keyPath : RuleFileOutline.entry(keyPath, refused.entry());
            return new InvalidRuleFileException(
                    file, outline.lineOf(entryPath), refused.getMessage() + RuleFileOutline.at(path), e);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new InvalidRuleFileException(
                    file, outline.lineOf(path), mismatched(path, mismatch.getTargetType()), e);
        }
        return new InvalidRuleFileException(
                file, outline.lineOf(path), "has a value that cannot be read" + RuleFileOutline.at(path), e);
    }

    private static String mismatched(String path, Class<?> type) {
        if (path.isEmpty()) {
            return "the file must be a mapping of keys (id, version, title, jurisdiction, sources, context, references, categories)";
        }
        String key = RuleFileOutline.keyOf(path);
        String what = path.endsWith("]") ? "each entry of '" + key + "'" : "'" + key + "'";
        return what + " must be " + expected(type) + RuleFileOutline.at(path);
    }

    private static String pathOf(List<JsonMappingException.Reference> references) {
        String path = "";
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path = RuleFileOutline.child(path, ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path = RuleFileOutline.entry(path, ref.getIndex());
            }
        }
        return path;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Strength.class) {
            return "strong, weak or refers_back";
        }
        return "a mapping of keys";
    }

    /** The YAML reader's account of broken syntax, without its echo of the file's lines. */
    private static String notYaml(MarkedYAMLException e) {
        String context = e.getContext() == null || e.getContextMark() == null
                ? ""
                : " (" + e.getContext() + " from line " + (e.getContextMark().getLine() + 1) + ")";
        return "is not valid YAML: " + e.getProblem() + context;
    }

    private static String notYaml(JsonProcessingException e) {
        String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return "is not valid YAML: " + problem.lines().findFirst().orElse("").strip();
    }

    private static int lineOf(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }
}
