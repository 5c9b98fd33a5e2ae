#!/usr/bin/env bash
# Safety screen benchmark, every layer on (watched words, crisis phrases, the semantic layer's
# sentence model): latency per text, p50 and p99, for chat lines and 100-word posts on ONE core
# (taskset -c 0), the model's start-up time and the heap after loading. Compiles through Maven
# (offline), then runs MatcherBenchmark outside Maven so that nothing else shares the JVM. Exits
# non-zero when a 100-word post's p99 exceeds 5 ms. See bench/README.md.
# Arguments are passed on: [chat lines (3000)] [posts (1500)].
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
mkdir -p bench/results
RESULT="bench/results/matcher-$(date +%Y-%m-%d-%H%M%S).txt"
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
# The benchmark exits 1 when its check fails; the pipeline's status (pipefail) carries that out.
taskset -c 0 java -XX:ActiveProcessorCount=1 -cp "$CP" org.peersupport.portal.safety.MatcherBenchmark "$@" 2>&1 \
    | grep -v '^SLF4J' | tee "$RESULT"
