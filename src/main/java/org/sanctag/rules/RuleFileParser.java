package org.sanctag.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the YAML of a rule file into a checked {@link RuleSet}, or says where it is wrong. */
public final class RuleFileParser {

    /** A refusal that starts by naming its key: "'after' has '--', which has no word in it". */
    private static final Pattern NAMED_KEY = Pattern.compile("'([a-z_]+)'");

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build()
            .readerFor(RuleSet.class);

    private RuleFileParser() {}

    /** Parses {@code yaml}, naming {@code file} in any error. */
    public static RuleSet parse(String yaml, String file) {
        if (yaml.isBlank()) {
            throw new InvalidRuleFileException(file, 0, "is empty", null);
        }
        RuleSet ruleSet;
        try {
            ruleSet = READER.readValue(yaml);
        } catch (JsonProcessingException e) {
            // Reading from a String, nothing but the content can fail.
            throw new InvalidRuleFileException(file, lineOf(e, yaml), describe(e), e);
        }
        if (ruleSet == null) {
            throw new InvalidRuleFileException(file, 0, "is empty", null);
        }
        checkUniqueIds(ruleSet, yaml, file);
        return ruleSet;
    }

    private static void checkUniqueIds(RuleSet ruleSet, String yaml, String file) {
        Set<String> categories = new HashSet<>();
        Set<String> rules = new HashSet<>();
        for (Category category : ruleSet.categories()) {
            if (!categories.add(category.id())) {
                throw duplicate(file, yaml, "category", category.id());
            }
            for (Rule rule : category.rules()) {
                if (!rules.add(rule.id())) {
                    throw duplicate(file, yaml, "rule", rule.id());
                }
            }
        }
    }

    /** Names the line of the second {@code id: <id>}, which is where the author must look. */
    private static InvalidRuleFileException duplicate(String file, String yaml, String kind, String id) {
        Matcher idLine = Pattern.compile(
                        "^[\\s-]*id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$", Pattern.MULTILINE)
                .matcher(yaml);
        int line = 0;
        for (int seen = 0; seen < 2 && idLine.find(); seen++) {
            line = (int) yaml.substring(0, idLine.start()).lines().count() + 1;
        }
        return new InvalidRuleFileException(
                file, line, kind + " id '" + id + "' is used twice; ids must be unique", null);
    }

    private static String describe(JsonProcessingException e) {
        String where = e instanceof JsonMappingException mapping ? at(mapping) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            String allowed = unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return "unknown key '" + unknown.getPropertyName() + "'" + where + "; allowed here: " + allowed;
        }
        if (e instanceof ValueInstantiationException invalid && invalid.getCause() != null) {
            return invalid.getCause().getMessage() + where;
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "unexpected value" + where + ": expected " + expected(mismatch.getTargetType());
        }
        return "not valid YAML: " + e.getOriginalMessage();
    }

    /** " in categories[2].rules[0].terms", from Jackson's path. */
    private static String at(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " in " + path;
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
            return "strong or weak";
        }
        return "a mapping of keys";
    }

    /**
     * The line to look at. Jackson reads a whole mapping before it reports an unknown key or a value
     * the record refuses, so for those the line is that of the nearest earlier line that starts
     * with the key: the unknown one, or the one the refusal names first ("'within' is 500 ...").
     */
    private static int lineOf(JsonProcessingException e, String yaml) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        String key = null;
        if (e instanceof UnrecognizedPropertyException unknown) {
            key = unknown.getPropertyName();
        } else if (e instanceof ValueInstantiationException invalid
                && invalid.getCause() != null
                && invalid.getCause().getMessage() != null) {
            Matcher named = NAMED_KEY.matcher(invalid.getCause().getMessage());
            key = named.lookingAt() ? named.group(1) : null;
        }
        return key == null || line == 0 ? line : lineOfKey(yaml, key, line);
    }

    private static int lineOfKey(String yaml, String key, int before) {
        Pattern start = Pattern.compile("^[\\s-]*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        List<String> lines = yaml.lines().toList();
        for (int candidate = Math.min(before, lines.size()); candidate > 0; candidate--) {
            if (start.matcher(lines.get(candidate - 1)).find()) {
                return candidate;
            }
        }
        return before;
    }
}
