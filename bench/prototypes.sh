#!/usr/bin/env bash
# For reviewers of moderation-policies/crisis-prototypes.yaml: what the semantic layer makes of a
# sentence (its nearest prototype and contrast, and the decision), or with --tsv FILE how many rows
# of a labelled file (id, language, source, label, category, text) it fires on, per language and label.
#   bench/prototypes.sh "I have the tablets lined up on my desk" "this job is killing me"
#   bench/prototypes.sh --tsv /work/eval-dev/crisis-development.tsv
# -Dprototypes=path/to/crisis-prototypes.yaml in JAVA_OPTS reads another copy of the file.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o test-compile
CP="target/classes:target/test-classes:$(./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java ${JAVA_OPTS:-} -cp "$CP" org.peersupport.portal.safety.PrototypeProbe "$@" 2> >(grep -v '^SLF4J' >&2)
