package org.sanctag.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Runs README's NDJSON command (printf piped into curl) against the service and compares its output. */
@QuarkusTest
class NdjsonReadmeExampleTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "NdjsonReadmeExampleTest runs this command.*?```sh\\n(.*?)\\n```\\s*```ndjson\\n(.*?)\\n```",
            Pattern.DOTALL);

    @Test
    void readmeShowsTheRealOutputOfItsBatchExample() throws Exception {
        Matcher example = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertTrue(example.find(), "README.md has no NDJSON example with its output");
        String command = example.group(1).replace("localhost:8080", "127.0.0.1:" + RestAssured.port);

        Process curl = new ProcessBuilder("bash", "-c", command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(30, TimeUnit.SECONDS), "the example did not finish");
        assertEquals(0, curl.exitValue(), "the example failed");
        assertEquals(example.group(2), output.strip(), "README.md's NDJSON example shows another output");
    }
}
