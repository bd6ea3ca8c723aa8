/**
 * Seeded, deterministic article-like texts built from the team's own sentence templates, with
 * rule terms planted in varied surface forms, in the sizes of {@link org.sanctag.bench.workload.TextSize}.
 */
package org.sanctag.bench.workload;
