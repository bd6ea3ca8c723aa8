package org.sanctag.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a rule source looks like on disk right now: for the file (or each visible file of a
 * directory) the path it really resolves to, its modification time, size and SHA-256. Two states
 * differ when any of these does, so an edit in place, an atomic replace ({@code mv}) and a
 * Kubernetes ConfigMap update (which swaps the {@code ..data} symlink to a new directory, possibly
 * keeping times and sizes) are all seen. A missing or unreadable file is a state too, so a reload
 * then reports why it failed.
 */
record RuleSourceState(List<Entry> entries) {

    RuleSourceState {
        entries = List.copyOf(entries);
    }

    /** One file; {@code problem} is null when it could be read, otherwise why not. */
    record Entry(String name, String realPath, long modified, long size, String digest, String problem) {}

    static RuleSourceState read(Path source) {
        if (Files.isDirectory(source)) {
            List<Entry> entries = new ArrayList<>();
            try (Stream<Path> files = Files.list(source)) {
                // ConfigMap volumes hold ..data and ..2026_... entries; the keys are links beside them.
                files.filter(file -> !file.getFileName().toString().startsWith("."))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(file -> entries.add(entry(file)));
            } catch (IOException e) {
                entries.add(failed(source, e));
            }
            return new RuleSourceState(entries);
        }
        return new RuleSourceState(List.of(entry(source)));
    }

    private static Entry entry(Path file) {
        try {
            Path real = file.toRealPath();
            long modified = Files.getLastModifiedTime(real).toMillis();
            byte[] content = Files.readAllBytes(real);
            return new Entry(file.toString(), real.toString(), modified, content.length, sha256(content), null);
        } catch (IOException e) {
            return failed(file, e);
        }
    }

    private static Entry failed(Path file, IOException e) {
        String problem = e instanceof NoSuchFileException ? "does not exist" : e.toString();
        return new Entry(file.toString(), null, -1, -1, null, problem);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
