#!/usr/bin/env bash
# bench/ab/jar-at.sh COMMIT BENCH_JAR OUT_JAR
# A bench jar for AB.java with the engine of COMMIT: compiles COMMIT in a detached worktree
# (/tmp/sanctag-at-COMMIT) and puts its classes and rules in place of the engine's in a copy of
# BENCH_JAR (a bench/target/benchmarks.jar of a newer commit, whose bench code is kept), so the
# commits of a stretch of history can be compared in one JVM without building a bench for each.
# Run from the repository. For en-same only the first jar's bench code matters (it makes the texts).
set -euo pipefail
commit=$1 bench=$(realpath "$2") out=$(realpath -m "$3")
wt=/tmp/sanctag-at-$commit
[ -d "$wt" ] || git worktree add --detach "$wt" "$commit" >/dev/null
(cd "$wt" && ./mvnw -B -q compile -Dspotless.check.skip=true >/dev/null)
cp "$bench" "$out"
# drop the bench jar's engine first, so that no class of the newer engine survives in the copy
zip -q -d "$out" 'org/sanctag/*' -x 'org/sanctag/bench/*' >/dev/null 2>&1 || true
(cd "$wt/target/classes" && zip -q -r "$out" org rules META-INF -x 'org/sanctag/bench/*')
echo "$out: the engine of $commit"
