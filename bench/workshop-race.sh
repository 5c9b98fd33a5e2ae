#!/usr/bin/env bash
# Workshop sign-up race: N members (200) sign up for a workshop with C seats (25) at the same
# moment, through the workshop page, against a running portal; repeated BENCH_RUNS times. Starts
# the portal (embedded MariaDB, demo data) the way the run profile does, then runs
# WorkshopRaceBenchmark (src/test). One table; exit 1 if any run misses exactly C confirmed,
# N - C waitlisted 1..N-C without gaps, no errors, under 3 s. See bench/README.md.
set -euo pipefail

PORT=${BENCH_PORT:-8184}
DB_PORT=${BENCH_DB_PORT:-3410}
MEMBERS=${BENCH_MEMBERS:-200}
CAPACITY=${BENCH_CAPACITY:-25}
RUNS=${BENCH_RUNS:-5}
GOAL_MS=${BENCH_GOAL_MS:-3000}
HEAP=${BENCH_HEAP:-512m}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
mkdir -p "$REPO/target"
DATA=$(mktemp -d "$REPO/target/bench-race-XXXX")
LOG="$DATA/portal.log"
portal_pid=

cleanup() {
  # RunPortal's shutdown hook stops Payara Micro and MariaDB
  if [ -n "$portal_pid" ]; then kill -TERM "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "Building..."
(cd "$REPO" && ./mvnw -B -q -o package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test)
CP="$REPO/target/test-classes:$REPO/target/classes:$(cat "$REPO/target/cp.txt")"

echo "Starting the portal on $PORT (database $DB_PORT, heap $HEAP)..."
java -cp "$CP" -Dportal.port="$PORT" -Dportal.dbPort="$DB_PORT" -Dportal.dataDir="$DATA" -Dportal.heap="$HEAP" \
    -Dportal.war="$REPO/target/peer-support-portal.war" -Dportal.payaraMicroJar="$REPO/target/payara-micro.jar" \
    -Dportal.payaraCommands="$REPO/src/main/payara" \
    org.peersupport.portal.devserver.RunPortal > "$LOG" 2>&1 &
portal_pid=$!
for _ in $(seq 1 300); do grep -qs "ready at" "$LOG" && break; kill -0 "$portal_pid" 2>/dev/null || break; sleep 1; done
mkdir -p "$BENCH_DIR/results"
grep -q "ready at" "$LOG" || { echo "bench: the portal did not start; see bench/results/workshop-race-failed.log"; cp "$LOG" "$BENCH_DIR/results/workshop-race-failed.log"; exit 1; }

RESULT="$BENCH_DIR/results/workshop-race-$(date +%Y-%m-%d-%H%M%S).txt"
# The benchmark's own exit status is the check: keep it, whatever the lines after it print, and exit with it.
status=0
java -cp "$CP" -Dbench.baseUrl="http://127.0.0.1:$PORT/" -Dbench.dbUrl="jdbc:mariadb://127.0.0.1:$DB_PORT/portal" \
    -Dbench.members="$MEMBERS" -Dbench.capacity="$CAPACITY" -Dbench.runs="$RUNS" -Dbench.goalMs="$GOAL_MS" \
    org.peersupport.portal.workshop.WorkshopRaceBenchmark > "$DATA/bench.out" 2>&1 || status=$?
rss=$(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$(pgrep -f -- "--rootdir $DATA/payara" | head -1)/status 2>/dev/null || echo unknown)
# Counted from the moment Payara was ready: the timers' first ticks may run before the migrations.
server_errors=$(awk '/Payara Micro .* ready in/ {ready = 1} ready && /SEVERE|AS-JTA-00003|Lock wait timeout|Deadlock/' "$LOG" | wc -l)
{
  echo "Workshop sign-up race, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $(nproc) cores, heap $HEAP, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -v "^WARNING\|SLF4J" "$DATA/bench.out" || true
  echo "server resident memory after the runs: $rss; SEVERE/lock errors in the server log after start-up: $server_errors"
  if [ "$status" -ne 0 ]; then echo "bench: FAILED (exit $status)"; fi
} | tee "$RESULT"
if [ "$status" -ne 0 ]; then cp "$LOG" "$BENCH_DIR/results/workshop-race-failed.log"; fi
exit "$status"
