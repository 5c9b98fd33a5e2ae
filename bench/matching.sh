#!/usr/bin/env bash
# Mentor matching benchmark: the coordinator's whole run (score, optimal assignment, three proposal
# rounds) for 5,000 x 5,000 (goal < 2 s median) and 20,000 x 20,000 (goal < 15 s), and each round of
# the pruned solver against one that starts from every compatible pair on medium pools (gap 0).
# Compiles through Maven (offline), then runs MatchingBenchmark outside Maven so that nothing else
# shares the JVM. See bench/README.md.
# Arguments are passed on: [mentors (5000)] [requests (5000)] [runs (7)] [large pool (20000)] [large runs (2)].
# JAVA_OPTS (default -Xmx2g) is given to the benchmark JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
mkdir -p bench/results
RESULT="bench/results/matching-$(date +%Y-%m-%d-%H%M%S).txt"
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# The benchmark exits 1 when its check fails; the pipeline's status (pipefail) carries that out.
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx2g} -cp "$CP" org.peersupport.portal.mentoring.matching.MatchingBenchmark "$@" 2>&1 | tee "$RESULT"
