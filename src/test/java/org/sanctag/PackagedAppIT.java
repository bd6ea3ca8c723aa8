package org.sanctag;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the packaged application the way an operator would, with a rule file that is broken. */
class PackagedAppIT {

    private static final Path APP = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void aBrokenRuleFileStopsStartUpAndSaysWhereItIsBroken(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("broken.yaml");
        Files.writeString(rules, """
                id: broken
                version: "1"
                title: A rule file with a misspelt key
                jurisdiction: A test
                sources: [a test]
                context:
                  jurisdiction: [North Korea]
                categories:
                  - id: vehicles
                    name: Vehicles
                    basis: [a test]
                    rules:
                      - id: vehicles.models
                        terms: [limousine]
                        strenght: weak
                """);
        String output = startMustFail(dir, "-Dsanctag.rules.file=" + rules);
        assertTrue(output.contains("Invalid rule file " + rules + ", line 15: unknown key 'strenght'"), output);
    }

    @Test
    void aBodyLimitAboveQuarkusOwnCapStopsStartUpAndNamesBothProperties(@TempDir Path dir) throws Exception {
        String output = startMustFail(dir, "-Dsanctag.limits.max-body-size=32M");
        assertTrue(
                output.contains("sanctag.limits.max-body-size (33554432 bytes) is above "
                        + "quarkus.http.limits.max-body-size (16777216 bytes)"),
                output);
    }

    /** Starts the packaged app with one more setting; it must exit, and not with 0. Returns its log. */
    private static String startMustFail(Path dir, String setting) throws Exception {
        Path log = dir.resolve("app.log");
        Process app = new ProcessBuilder("java", setting, "-Dquarkus.http.port=0", "-jar", APP.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean exited = app.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = read(log);
        assertTrue(exited, "the application kept running with " + setting + ":\n" + output);
        assertNotEquals(0, app.exitValue(), output);
        return output;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
