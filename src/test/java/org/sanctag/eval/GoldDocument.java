package org.sanctag.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One document of the evaluation corpus: {@code NAME.txt} and its gold annotations in
 * {@code NAME.gold.yaml}, with every annotated sentence located in the text. A corpus scored
 * against several rule sets (eval/national) says per sentence which {@code rulesets} it falls under
 * and per document a {@code flagged} map by rule-set id; {@link #forRuleSet} gives the document as
 * one of those sets must see it. {@code flaggedBySet} is empty in a corpus of one rule set.
 */
record GoldDocument(
        String name,
        String split,
        Kind kind,
        String text,
        boolean flagged,
        List<GoldSentence> flag,
        List<GoldSentence> notFlag,
        Map<String, Boolean> flaggedBySet) {

    /** What the document is, which says what it may and may not be flagged for. */
    enum Kind {
        POSITIVE,
        MIXED,
        NEGATIVE,
        OUT_OF_DOMAIN,
        OTHER_LISTS;

        /** Kinds that must never be flagged: no UN luxury good, or no North Korea. */
        boolean neverFlagged() {
            return this == NEGATIVE || this == OUT_OF_DOMAIN || this == OTHER_LISTS;
        }
    }

    /**
     * An annotated sentence: its text as written in the gold file, its span in code points, and the
     * rule sets it falls under (empty in a corpus of one rule set: then it falls under that one).
     */
    record GoldSentence(String text, List<String> categories, int start, int end, List<String> rulesets) {}

    private record GoldFile(
            String kind,
            String language,
            String style,
            Object flagged,
            List<FlagEntry> flag,
            List<String> not_flag,
            String note) {}

    private record FlagEntry(String text, List<String> categories, List<String> rulesets) {}

    /**
     * The document as rule set {@code id} with these {@code categoryIds} must see it: the sentences
     * that fall under it, with only the categories it has, and its own {@code flagged}. A document of
     * goods on other lists that this set does not flag must not be flagged by it, like a negative one.
     */
    GoldDocument forRuleSet(String id, Set<String> categoryIds) {
        Boolean flaggedHere = flaggedBySet.get(id);
        if (flaggedHere == null) {
            throw new IllegalStateException(name + ": 'flagged' names no rule set '" + id + "'");
        }
        List<GoldSentence> own = flag.stream()
                .filter(sentence -> sentence.rulesets().contains(id))
                .map(sentence -> new GoldSentence(
                        sentence.text(),
                        sentence.categories().stream()
                                .filter(categoryIds::contains)
                                .toList(),
                        sentence.start(),
                        sentence.end(),
                        List.of(id)))
                .toList();
        Kind kindHere = kind == Kind.OTHER_LISTS && flaggedHere ? Kind.POSITIVE : kind;
        return new GoldDocument(name, split, kindHere, text, flaggedHere, own, notFlag, Map.of());
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Every document of the split {@code directory/split}, in name order. */
    static List<GoldDocument> readSplit(Path directory, String split, Set<String> categoryIds) {
        try (Stream<Path> files = Files.list(directory.resolve(split))) {
            List<GoldDocument> documents = new ArrayList<>();
            for (Path textFile : files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                documents.add(read(textFile, split, categoryIds));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoldDocument read(Path textFile, String split, Set<String> categoryIds) throws IOException {
        String fileName = textFile.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - ".txt".length());
        String text = Files.readString(textFile);
        GoldFile gold =
                YAML.readValue(textFile.resolveSibling(name + ".gold.yaml").toFile(), GoldFile.class);
        List<GoldSentence> flag = new ArrayList<>();
        for (FlagEntry entry : gold.flag() == null ? List.<FlagEntry>of() : gold.flag()) {
            for (String category : entry.categories()) {
                if (!categoryIds.contains(category)) {
                    throw new IllegalStateException(name + ": unknown category '" + category + "'");
                }
            }
            List<String> rulesets = entry.rulesets() == null ? List.of() : List.copyOf(entry.rulesets());
            flag.addAll(locate(name, text, entry.text(), List.copyOf(entry.categories()), rulesets));
        }
        List<GoldSentence> notFlag = new ArrayList<>();
        for (String sentence : gold.not_flag() == null ? List.<String>of() : gold.not_flag()) {
            notFlag.addAll(locate(name, text, sentence, List.of(), List.of()));
        }
        Kind kind = Kind.valueOf(gold.kind().toUpperCase(Locale.ROOT));
        if (gold.flagged() instanceof Map<?, ?> bySet) {
            Map<String, Boolean> flaggedBySet = new LinkedHashMap<>();
            bySet.forEach((set, value) -> flaggedBySet.put(String.valueOf(set), Boolean.TRUE.equals(value)));
            boolean any = flaggedBySet.containsValue(true);
            flaggedBySet.forEach((set, value) -> {
                boolean hasSentence =
                        flag.stream().anyMatch(sentence -> sentence.rulesets().contains(set));
                if (value != hasSentence) {
                    throw new IllegalStateException(
                            name + ": 'flagged' for " + set + " disagrees with the sentences that name " + set);
                }
            });
            boolean neverFlagged = kind == Kind.NEGATIVE || kind == Kind.OUT_OF_DOMAIN;
            if (neverFlagged == any) {
                throw new IllegalStateException(name + ": 'flagged' disagrees with its kind");
            }
            return new GoldDocument(name, split, kind, text, any, flag, notFlag, Map.copyOf(flaggedBySet));
        }
        boolean flagged = Boolean.TRUE.equals(gold.flagged());
        if (flagged != !flag.isEmpty() || kind.neverFlagged() && flagged) {
            throw new IllegalStateException(name + ": 'flagged' disagrees with its kind or its flag list");
        }
        return new GoldDocument(name, split, kind, text, flagged, flag, notFlag, Map.of());
    }

    /**
     * Finds the annotated sentence, at each place it is written: a forum's quoted reply or a
     * caption's repeated credit says the same again, and is annotated once. Any run of white space
     * matches any other.
     */
    private static List<GoldSentence> locate(
            String document, String text, String sentence, List<String> categories, List<String> rulesets) {
        String pattern =
                Stream.of(sentence.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        List<GoldSentence> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new GoldSentence(
                    sentence,
                    categories,
                    text.codePointCount(0, matcher.start()),
                    text.codePointCount(0, matcher.end()),
                    rulesets));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException(document + ": annotated sentence not found: " + sentence);
        }
        return found;
    }
}
