package org.sanctag.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads rule files from disk or from the application's own bundled copies, resolving their
 * {@code include}s: an included id is looked up among the files loaded together, then among the
 * bundled rule sets. Every file is read and checked once; one refusal anywhere and nothing loads.
 */
public final class RuleSetLoader {

    /** The id of the UN rule set, the default choice wherever it is loaded. */
    public static final String UN_ID = "un-dprk-luxury";

    /** The UN rule set that ships inside the application. */
    public static final String BUNDLED = "rules/" + UN_ID + ".yaml";

    /**
     * The list of the rule files that ship inside the application, one file name a line: a jar
     * cannot be listed reliably, so the build ships this index beside them (a test keeps it equal
     * to the {@code rules/} directory).
     */
    public static final String BUNDLED_INDEX = "rules/index.txt";

    private RuleSetLoader() {}

    /**
     * The rule sets the settings name: every {@code *.yaml} of {@code directory}, or the one
     * {@code file}, or else every bundled set; with {@code defaults} (when given) as the choice for
     * requests that name none. The one place that turns settings into rule sets, at start-up and on
     * every reload.
     */
    public static LoadedRuleSets configured(Optional<Path> file, Optional<Path> directory, List<String> defaults) {
        if (file.isPresent() && directory.isPresent()) {
            throw new IllegalArgumentException("A rule file (" + file.get() + ") and a rule directory ("
                    + directory.get() + ") are both set; set one of them.");
        }
        LoadedRuleSets loaded = directory
                .map(RuleSetLoader::fromDirectory)
                .or(() -> file.map(one -> load(List.of(one))))
                .orElseGet(RuleSetLoader::bundledAll);
        return defaults.isEmpty() ? loaded : loaded.withDefaults(defaults);
    }

    /** One rule file; what it includes comes from the bundled sets. */
    public static LoadedRuleSet fromFile(Path file) {
        return load(List.of(file)).sets().get(0);
    }

    /** Rule files loaded together, in this order: each may include any of the others or a bundled set. */
    public static LoadedRuleSets load(List<Path> files) {
        List<RuleFile> read = new ArrayList<>(files.size());
        for (Path file : files) {
            read.add(read(file));
        }
        return new IncludeResolver(read, RuleSetLoader::bundledFile).resolveAll();
    }

    /** Every {@code *.yaml} file directly in {@code directory}, in file-name order. */
    public static LoadedRuleSets fromDirectory(Path directory) {
        String name = directory.toString();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> yaml = Files.newDirectoryStream(directory, "*.yaml")) {
            yaml.forEach(files::add);
        } catch (NoSuchFileException e) {
            throw new InvalidRuleFileException(name, 0, "does not exist", e);
        } catch (NotDirectoryException e) {
            throw new InvalidRuleFileException(name, 0, "is not a directory", e);
        } catch (IOException e) {
            throw new InvalidRuleFileException(name, 0, "cannot be listed: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new InvalidRuleFileException(name, 0, "holds no rule file (*.yaml)", null);
        }
        files.sort(null);
        return load(files);
    }

    /** The UN rule set that ships inside the application. */
    public static LoadedRuleSet bundled() {
        return bundledAll().get(UN_ID);
    }

    /** Every rule set that ships inside the application, in the order of its index. */
    public static LoadedRuleSets bundledAll() {
        List<RuleFile> read = new ArrayList<>();
        for (String id : bundledIds()) {
            read.add(bundledFile(id).orElseThrow());
        }
        return new IncludeResolver(read, RuleSetLoader::bundledFile).resolveAll();
    }

    /** The ids of the bundled rule sets, as the index lists their files ({@code <id>.yaml}). */
    public static List<String> bundledIds() {
        String index = new String(resource(BUNDLED_INDEX), StandardCharsets.UTF_8);
        return index.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.length() - ".yaml".length()))
                .toList();
    }

    private static Optional<RuleFile> bundledFile(String id) {
        if (!bundledIds().contains(id)) {
            return Optional.empty();
        }
        String path = "rules/" + id + ".yaml";
        return Optional.of(parse(resource(path), "classpath:" + path));
    }

    private static byte[] resource(String path) {
        String name = "classpath:" + path;
        try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidRuleFileException(name, 0, "is missing from the application", null);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidRuleFileException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static RuleFile read(Path file) {
        String name = file.toString();
        try {
            return parse(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new InvalidRuleFileException(name, 0, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new InvalidRuleFileException(name, 0, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new InvalidRuleFileException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads one file alone, its includes unresolved; {@link IncludeResolver} does the rest. */
    static RuleFile parse(byte[] content, String name) {
        return new RuleFile(RuleFileParser.parseWithLines(utf8(content, name), name), name, content);
    }

    private static String utf8(byte[] content, String name) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRuleFileException(name, 0, "is not valid UTF-8", e);
        }
    }
}
