package org.sanctag.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One document of the evaluation corpus: {@code NAME.txt} and its gold annotations in
 * {@code NAME.gold.yaml}, with every annotated sentence located in the text.
 */
record GoldDocument(
        String name,
        String split,
        Kind kind,
        String text,
        boolean flagged,
        List<GoldSentence> flag,
        List<GoldSentence> notFlag) {

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

    /** An annotated sentence: its text as written in the gold file and its span in code points. */
    record GoldSentence(String text, List<String> categories, int start, int end) {}

    private record GoldFile(
            String kind,
            String language,
            String style,
            boolean flagged,
            List<FlagEntry> flag,
            List<String> not_flag,
            String note) {}

    private record FlagEntry(String text, List<String> categories) {}

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
            flag.add(locate(name, text, entry.text(), List.copyOf(entry.categories())));
        }
        List<GoldSentence> notFlag = new ArrayList<>();
        for (String sentence : gold.not_flag() == null ? List.<String>of() : gold.not_flag()) {
            notFlag.add(locate(name, text, sentence, List.of()));
        }
        Kind kind = Kind.valueOf(gold.kind().toUpperCase(Locale.ROOT));
        if (gold.flagged() != !flag.isEmpty() || kind.neverFlagged() && gold.flagged()) {
            throw new IllegalStateException(name + ": 'flagged' disagrees with its kind or its flag list");
        }
        return new GoldDocument(name, split, kind, text, gold.flagged(), flag, notFlag);
    }

    /** Finds the annotated sentence, which must occur once; any run of white space matches any other. */
    private static GoldSentence locate(String document, String text, String sentence, List<String> categories) {
        String pattern =
                Stream.of(sentence.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(document + ": annotated sentence not found: " + sentence);
        }
        int start = matcher.start();
        int end = matcher.end();
        if (matcher.find()) {
            throw new IllegalStateException(document + ": annotated sentence occurs twice: " + sentence);
        }
        return new GoldSentence(sentence, categories, text.codePointCount(0, start), text.codePointCount(0, end));
    }
}
