#!/usr/bin/env bash
# Chat delivery benchmark: send->receive latency over the mentor chat's WebSockets on loopback.
# Starts the portal (embedded MariaDB, demo data) the way the run profile does, then runs
# ChatDeliveryBenchmark (src/test): 1,000 mentorships (2,000 members) written into the database,
# every member signed in with their socket open, 200 messages/s. BENCH_CLUSTER=1 starts two
# instances in one Hazelcast cluster on loopback instead (ChatBenchCluster), mentors on the first,
# mentees on the second. See bench/README.md.
set -euo pipefail

PORT=${BENCH_PORT:-8300}
PORT2=${BENCH_PORT2:-8310}
DB_PORT=${BENCH_DB_PORT:-3500}
CLUSTER=${BENCH_CLUSTER:-0}
PAIRS=${BENCH_PAIRS:-1000}
RATE=${BENCH_RATE:-200}
SECONDS_MEASURED=${BENCH_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-15}
HEAP=${BENCH_HEAP:-512m}
# More server JVM options (say, another collector), and the ports the launcher may pick for Hazelcast
JVM_OPTIONS=${BENCH_JVM_OPTIONS:-}
FREE_PORTS=${BENCH_FREE_PORTS:-}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DATA=$(mktemp -d "$REPO/target/bench-chat-XXXX" 2>/dev/null || { mkdir -p "$REPO/target"; mktemp -d "$REPO/target/bench-chat-XXXX"; })
LOG="$DATA/portal.log"
portal_pid=

cleanup() {
  # The launcher's shutdown hook stops Payara Micro and MariaDB
  if [ -n "$portal_pid" ]; then kill -TERM "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap cleanup EXIT

# 2,000 sockets on the server and as many in the client: more than the usual 1,024 descriptors.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

echo "Building..."
(cd "$REPO" && ./mvnw -B -q -o package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test)
CP="$REPO/target/test-classes:$REPO/target/classes:$(cat "$REPO/target/cp.txt")"
: > "$LOG" # before the launcher's output arrives, so the wait below can read it at once
LAUNCH=(-Dportal.port="$PORT" -Dportal.dbPort="$DB_PORT" -Dportal.dataDir="$DATA" -Dportal.heap="$HEAP"
    -Dportal.war="$REPO/target/peer-support-portal.war" -Dportal.payaraMicroJar="$REPO/target/payara-micro.jar"
    -Dportal.payaraCommands="${BENCH_PAYARA_COMMANDS:-$REPO/src/main/payara}" -Dportal.payaraJvmOptions="$JVM_OPTIONS" -Dportal.freePorts="$FREE_PORTS")

if [ "$CLUSTER" = 1 ]; then
  echo "Starting two clustered instances on $PORT and $PORT2 (database $DB_PORT, heap $HEAP each)..."
  java -cp "$CP" "${LAUNCH[@]}" -Dportal.port2="$PORT2" \
      org.peersupport.portal.mentoring.ChatBenchCluster > "$LOG" 2>&1 &
  SECOND=(-Dbench.baseUrl2="http://127.0.0.1:$PORT2/")
else
  echo "Starting the portal on $PORT (database $DB_PORT, heap $HEAP)..."
  java -cp "$CP" "${LAUNCH[@]}" org.peersupport.portal.devserver.RunPortal > "$LOG" 2>&1 &
  SECOND=()
fi
portal_pid=$!
for _ in $(seq 1 600); do grep -q "ready at" "$LOG" && break; kill -0 "$portal_pid" 2>/dev/null || break; sleep 1; done
grep -q "ready at" "$LOG" || { echo "bench: the portal did not start; see bench/results/chat-failed.log"; mkdir -p "$BENCH_DIR/results"; cat "$DATA"/*.log > "$BENCH_DIR/results/chat-failed.log" 2>/dev/null; exit 1; }

mkdir -p "$BENCH_DIR/results"
RESULT="$BENCH_DIR/results/chat-$(date +%Y-%m-%d-%H%M%S).txt"
# The benchmark's own exit status is the check (every message once, p99 under the goal): keep it,
# whatever the lines after it print, and exit with it.
status=0
# The server processes: the benchmark records Flight Recorder events there while measuring, and
# takes their threads if the client's sends stall.
server_pids=$(pgrep -f -- "--rootdir $DATA/payara" | paste -sd, - || true)
java -cp "$CP" -Dbench.serverPids="$server_pids" -Dbench.resultsDir="$BENCH_DIR/results" -Dbench.baseUrl="http://127.0.0.1:$PORT/" "${SECOND[@]}" -Dbench.dbUrl="jdbc:mariadb://127.0.0.1:$DB_PORT/portal" \
    -Dbench.pairs="$PAIRS" -Dbench.rate="$RATE" -Dbench.seconds="$SECONDS_MEASURED" -Dbench.warmup="$WARMUP" \
    org.peersupport.portal.mentoring.ChatDeliveryBenchmark > "$DATA/bench.out" 2>&1 || status=$?
rss=""
for pid in $(pgrep -f -- "--rootdir $DATA/payara" || true); do
  rss="$rss$(awk '/VmRSS/ {printf "%.0f MB ", $2/1024}' /proc/"$pid"/status 2>/dev/null)"
done
failures=$(cat "$DATA"/*.log 2>/dev/null | grep -c "AS-JTA-00003\|Chat relay: could not deliver" || true)
{
  echo "Chat delivery benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $(nproc) cores, heap $HEAP, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -v "^WARNING\|SLF4J" "$DATA/bench.out" || true
  echo "server resident memory after the run: ${rss:-unknown}; delivery errors in the server log: $failures"
  if [ "$status" -ne 0 ]; then echo "bench: FAILED (exit $status)"; fi
} | tee "$RESULT"
if [ "$status" -ne 0 ]; then cat "$DATA"/*.log > "$BENCH_DIR/results/chat-failed.log" 2>/dev/null || true; fi
exit "$status"
