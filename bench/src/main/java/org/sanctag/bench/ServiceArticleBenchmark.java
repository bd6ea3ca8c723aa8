package org.sanctag.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctag.Tagger;
import org.sanctag.api.TagRequests;
import org.sanctag.api.TagResponse;
import org.sanctag.api.WireNamesModule;
import org.sanctag.result.TagResult;
import org.sanctag.rules.RuleSetLoader;

/**
 * What one {@code POST /tag} of the load test's article costs in the service's own code, without
 * HTTP: reading the JSON body as {@code TagRequestReader} does (strict UTF-8, {@code readTree}),
 * {@code Tagger.tag}, and writing the {@code TagResponse} with Jackson. Set beside the load test's
 * "app CPU µs/req" of {@code GET /q/health/live} and {@code POST /tag}, it shows where a request's
 * CPU goes. Average time per operation, in microseconds, single thread.
 *
 * <p>The article is {@code bench/load/article-5k.json} (run from the repository root, as
 * {@code bench/run.sh} does), or the file in {@code -Dsanctag.bench.article=FILE}. Requests are read
 * by the service's {@link TagRequests}, and answers written by an {@code ObjectMapper} that
 * {@link WireNamesModule} configures as it configures Quarkus's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Threads(1)
@State(Scope.Thread)
public class ServiceArticleBenchmark {

    private final ObjectMapper json = new ObjectMapper();
    private final TagRequests requests = new TagRequests(256);
    private Tagger tagger;
    private byte[] body;
    private String text;
    private TagResponse response;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        json.registerModule(new WireNamesModule());
        tagger = Tagger.of(RuleSetLoader.bundled());
        body = Files.readAllBytes(Path.of(System.getProperty("sanctag.bench.article", "bench/load/article-5k.json")));
        text = readRequest();
        response = respond(tagger.tag(text));
        System.out.printf(
                Locale.ROOT,
                "%n[article] %d bytes of JSON, %d chars of text; answer %d bytes, %d passages%n",
                body.length,
                text.length(),
                writeResponse().length,
                response.passages().size());
    }

    /** The request body to the article's text, by the service's own strict reader. */
    @Benchmark
    public String readRequest() {
        return requests.fromJson(body).text();
    }

    @Benchmark
    public TagResult tag() {
        return tagger.tag(text);
    }

    /** The answer to JSON bytes, as the service writes it. */
    @Benchmark
    public byte[] writeResponse() throws IOException {
        return json.writeValueAsBytes(response);
    }

    /** All three, one after the other: the service's own work per request. */
    @Benchmark
    public byte[] all() throws IOException {
        return json.writeValueAsBytes(respond(tagger.tag(readRequest())));
    }

    private static TagResponse respond(TagResult result) {
        return TagResponse.of("bench-article-5k", result);
    }
}
