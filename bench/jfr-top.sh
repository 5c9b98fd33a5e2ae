#!/usr/bin/env bash
# Summarises a Java Flight Recorder file's CPU samples: the hottest methods by their own samples
# (top frame), and the portal's own methods (org.peersupport) by samples anywhere in the stack.
# Usage: bench/jfr-top.sh recording.jfr [how many lines (30)]
set -euo pipefail
JFR=$1; N=${2:-30}
SAMPLES=$(mktemp); trap 'rm -f "$SAMPLES"' EXIT
# One line per sample: its frames from the top, separated by '|'.
jfr print --events jdk.ExecutionSample --stack-depth 64 "$JFR" | awk '
  /jdk.ExecutionSample/ { if (s != "") print s; s = ""; next }
  /line:/ { f = $1; sub(/\(.*/, "", f); s = (s == "" ? f : s "|" f) }
  END { if (s != "") print s }' >"$SAMPLES"
TOTAL=$(wc -l <"$SAMPLES")
echo "CPU samples: $TOTAL"
echo
echo "Hottest methods (own samples, top frame):"
cut -d'|' -f1 "$SAMPLES" | sort | uniq -c | sort -rn | head -n "$N" |
  awk -v t="$TOTAL" '{printf "%6.1f %%  %s\n", 100 * $1 / t, $2}'
echo
echo "Portal methods (samples with the method anywhere in the stack):"
awk -F'|' '{ delete seen; for (i = 1; i <= NF; i++) if ($i ~ /^org\.peersupport/ && !seen[$i]++) c[$i]++ }
  END { for (m in c) print c[m], m }' "$SAMPLES" | sort -rn | head -n "$N" |
  awk -v t="$TOTAL" '{printf "%6.1f %%  %s\n", 100 * $1 / t, $2}'
echo
echo "Frameworks (samples with a frame of the package anywhere in the stack):"
for pkg in org.eclipse.persistence org.mariadb com.zaxxer org.jboss.weld org.glassfish.soteria com.sun.faces org.primefaces \
    org.omnifaces org.owasp jakarta.el org.glassfish.expressly com.hazelcast org.apache.catalina org.glassfish.grizzly \
    com.sun.enterprise.connectors; do
  n=$(grep -c "$pkg" "$SAMPLES" || true)
  ((n > 0)) && awk -v n="$n" -v t="$TOTAL" -v p="$pkg" 'BEGIN {printf "%6.1f %%  %s\n", 100 * n / t, p}'
done
