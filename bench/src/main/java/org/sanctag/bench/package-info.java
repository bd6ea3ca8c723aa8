/**
 * sanctag-bench: how fast sanctag tags text, and what it holds in memory, next to the usual
 * alternatives.
 *
 * <p>The flow of a JMH fork: {@link org.sanctag.bench.Workload} turns the parameters into a rule
 * set ({@code rules}), the vocabulary every engine searches for ({@code org.sanctag.PhraseCatalog}, the engine's own list of what it compiles) and a
 * pool of generated texts ({@code workload}); an {@link org.sanctag.bench.EngineState} builds one
 * engine ({@code engines}) and prints its hit counts; {@link org.sanctag.bench.MatchBenchmark}
 * times one text per operation, counting documents and UTF-8 bytes
 * ({@link org.sanctag.bench.Processed}). {@link org.sanctag.bench.ServiceArticleBenchmark} times
 * the service's own work on the load test's article. {@link org.sanctag.bench.MemoryReport} and
 * {@link org.sanctag.bench.SanityCheck} are plain mains on the same pieces.
 *
 * <p>Dependencies point one way: {@code bench -> {engines, workload} -> rules -> the engine}.
 */
package org.sanctag.bench;
