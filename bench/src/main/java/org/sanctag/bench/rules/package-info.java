/**
 * The rule sets benchmarks run with: the real UN file and synthetic expansions written as rule
 * YAML and loaded through the engine's own loader. The phrases every engine is given are the
 * engine's own {@link org.sanctag.PhraseCatalog}.
 */
package org.sanctag.bench.rules;
