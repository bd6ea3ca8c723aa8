package org.sanctag.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Loads a rule file from disk or from the application's own bundled copy. */
public final class RuleSetLoader {

    /** The UN rule set that ships inside the application. */
    public static final String BUNDLED = "rules/un-dprk-luxury.yaml";

    private RuleSetLoader() {}

    public static LoadedRuleSet fromFile(Path file) {
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

    public static LoadedRuleSet bundled() {
        String name = "classpath:" + BUNDLED;
        try (InputStream in = RuleSetLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new InvalidRuleFileException(name, 0, "is missing from the application", null);
            }
            return parse(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new InvalidRuleFileException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    static LoadedRuleSet parse(byte[] content, String name) {
        return new LoadedRuleSet(RuleFileParser.parse(utf8(content, name), name), name, sha256(content));
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

    private static String sha256(byte[] content) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
