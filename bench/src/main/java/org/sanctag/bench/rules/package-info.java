/**
 * The rule sets benchmarks run with: the real UN file and synthetic expansions written as rule
 * YAML and loaded through the engine's own loader, and the {@link org.sanctag.bench.rules.Vocabulary}
 * of phrases every engine is given.
 */
package org.sanctag.bench.rules;
