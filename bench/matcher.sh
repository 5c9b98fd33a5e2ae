#!/usr/bin/env bash
# Safety screen benchmark: how many posts per second the watched-words and crisis-language matcher
# screens on one thread, with the reviewed policy files. Compiles through Maven (offline), then runs
# MatcherBenchmark outside Maven so that nothing else shares the JVM. See bench/README.md.
# Arguments are passed on: [texts (200000)] [rounds (5)].
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
mkdir -p bench/results
RESULT="bench/results/matcher-$(date +%Y-%m-%d-%H%M%S).txt"
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# The benchmark exits 1 when its check fails; the pipeline's status (pipefail) carries that out.
java -cp "$CP" org.peersupport.portal.safety.MatcherBenchmark "$@" 2>&1 | tee "$RESULT"
