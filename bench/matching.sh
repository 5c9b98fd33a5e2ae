#!/usr/bin/env bash
# Mentor matching benchmark: scoring and exactly assigning 5,000 mentors and 5,000 requests, the
# three proposal rounds, and the pruned solver against every compatible pair on medium pools.
# Compiles through Maven (offline), then runs MatchingBenchmark outside Maven so that nothing else
# shares the JVM. See bench/README.md.
# Arguments are passed on: [mentors (5000)] [requests (5000)] [runs (7)].
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
mkdir -p bench/results
RESULT="bench/results/matching-$(date +%Y-%m-%d-%H%M%S).txt"
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# The benchmark exits 1 when its check fails; the pipeline's status (pipefail) carries that out.
java -cp "$CP" org.peersupport.portal.mentoring.matching.MatchingBenchmark "$@" 2>&1 | tee "$RESULT"
