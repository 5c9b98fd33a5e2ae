#!/usr/bin/env bash
# Crisis detection quality: precision and recall of the safety screen (every layer, the reviewed
# policy files) on a labelled set, with 95 % Wilson intervals per language and tier. By default the
# independent evaluation set, which nobody writing rules reads; pass another set (a development
# set) and --misses to list the rows it got wrong. Exits 1 when the hold tier misses the goal
# (recall >= 0.95 at precision >= 0.85). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SET="${1:-src/test/resources/safety/independent/crisis-evaluation.tsv}"
shift || true
./mvnw -q -o test-compile
mkdir -p bench/results
RESULT="bench/results/crisis-quality-$(date +%Y-%m-%d-%H%M%S).txt"
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$CP" org.peersupport.portal.safety.CrisisEvaluation "$SET" "$@" 2>&1 | tee "$RESULT"
