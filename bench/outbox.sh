#!/usr/bin/env bash
# Outbox benchmark: how many e-mails per second the portal's sender delivers to a local SMTP sink,
# over how many connections, and whether a sink that hangs up in the middle of a batch makes it lose
# or repeat any. Starts the portal (embedded MariaDB) with SMTP pointed at bench/smtp_sink.py, puts
# N due messages in the outbox and lets the portal's own timer send them (the rate comes from the
# rows' sent_at), then M more while the sink drops the connection once on the K-th of them, and
# counts every Message-ID the sink accepted. See bench/README.md.
set -euo pipefail

N=${BENCH_MESSAGES:-2000}
W=${BENCH_WARMUP_MESSAGES:-1000}
M=${BENCH_FAILURE_MESSAGES:-300}
K=${BENCH_DROP_AT:-120}
GOAL=${BENCH_GOAL_RATE:-200}
BATCH=50 # EmailOutbox.BATCH
PORT=${BENCH_PORT:-8182}
DB_PORT=${BENCH_DB_PORT:-3408}
SMTP_PORT=${BENCH_SMTP_PORT:-2525}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DATA=$(mktemp -d /tmp/bench-outbox-XXXX)
LOG="$DATA/portal.log"
SINK_LOG="$DATA/sink.log"
pids=()

command -v mariadb >/dev/null || { echo "bench: needs the mariadb client (apt-get install mariadb-client)"; exit 1; }
python3 -W ignore -c 'import smtpd' 2>/dev/null || { echo "bench: needs python3 with the smtpd module (Python 3.11 or older)"; exit 1; }

cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 8
  pkill -TERM -f "$DATA" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

: > "$SINK_LOG"
python3 "$BENCH_DIR/smtp_sink.py" "$SMTP_PORT" "$SINK_LOG" --drop-prefix fail- --drop-at "$K" 2>/dev/null &
pids+=($!)

echo "Building and starting the portal on $PORT (database $DB_PORT, SMTP sink $SMTP_PORT)..."
(cd "$REPO" && exec ./mvnw -B -q -Prun -Dportal.port="$PORT" -Dportal.dbPort="$DB_PORT" -Dportal.dataDir="$DATA" \
    -Dportal.smtp.host=127.0.0.1 -Dportal.smtp.port="$SMTP_PORT") > "$LOG" 2>&1 &
pids+=($!)
for _ in $(seq 1 "$START_TIMEOUT"); do grep -q "ready at" "$LOG" && break; sleep 1; done
grep -q "ready at" "$LOG" || {
  mkdir -p "$BENCH_DIR/results" && cp "$LOG" "$BENCH_DIR/results/outbox-failed.log"
  echo "bench: the portal was not ready after $START_TIMEOUT s; its log is in bench/results/outbox-failed.log"
  exit 1
}

sql() { mariadb -h 127.0.0.1 -P "$DB_PORT" -u root -N -B portal -e "$1"; }
queue() { # prefix count
  sql "INSERT INTO email_outbox (to_address, subject, body_text, body_html, created_at, not_before)
       SELECT CONCAT('$1', seq, '@example.org'), 'A message from Peer Support Portal',
              'Hello, there is something new for you.', '<p>Hello, there is something new for you.</p>',
              UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
       FROM seq_1_to_$2;"
}
await_sent() { # prefix seconds
  local left=
  for _ in $(seq 1 "$2"); do
    left=$(sql "SELECT COUNT(*) FROM email_outbox WHERE to_address LIKE '$1%' AND sent_at IS NULL")
    [ "$left" = "0" ] && return 0
    sleep 1
  done
  echo "bench: $left messages to $1* still unsent after $2 s"
}
# rows sent, seconds from first to last sent_at, failed attempts
rows() { sql "SELECT COUNT(sent_at), COALESCE(TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) / 1e6, 0), SUM(attempts)
              FROM email_outbox WHERE to_address LIKE '$1%'"; }
# mails the sink accepted, distinct Message-IDs among them
at_sink() { awk -v p="$1" '$1 == "M" && index($3, p) == 1 { n++; if (!seen[$2]++) d++ } END { print n + 0, d + 0 }' "$SINK_LOG"; }
connections() { grep -c '^C$' "$SINK_LOG" || true; }

# The portal has sent no mail yet: Jakarta Mail's code is still interpreted, not compiled. A first
# round warms it up (as pages.sh warms each page), reported but not checked.
echo "Warming up: $W messages..."
c0=$(connections)
queue warm- "$W"
await_sent warm- 600 || true
read -r sent0 span0 attempts0 <<<"$(rows warm-)"
read -r sink0 distinct0 <<<"$(at_sink warm-)"
conn0=$(( $(connections) - c0 ))

echo "Phase 1: $N messages to a sink that takes everything..."
c0=$(connections)
queue bench- "$N"
await_sent bench- 600 || true
read -r sent1 span1 attempts1 <<<"$(rows bench-)"
read -r sink1 distinct1 <<<"$(at_sink bench-)"
conn1=$(( $(connections) - c0 ))

echo "Phase 2: $M messages; the sink hangs up on the data of mail $K of them, before answering..."
c0=$(connections)
queue fail- "$M"
await_sent fail- 300 || true
sleep 2 # a duplicate would come with the next batch, not after it
read -r sent2 span2 attempts2 <<<"$(rows fail-)"
read -r sink2 distinct2 <<<"$(at_sink fail-)"
conn2=$(( $(connections) - c0 ))

rate0=$(awk -v n="$sent0" -v s="$span0" 'BEGIN { printf "%.0f", (s > 0 ? (n - 1) / s : 0) }')
rate1=$(awk -v n="$sent1" -v s="$span1" 'BEGIN { printf "%.0f", (s > 0 ? (n - 1) / s : 0) }')
rate2=$(awk -v n="$sent2" -v s="$span2" 'BEGIN { printf "%.0f", (s > 0 ? (n - 1) / s : 0) }')
status=0
verdict1=PASS
verdict2=PASS
# Phase 1: all sent at the first attempt, each accepted once, at the goal rate.
if [ "$sent1" != "$N" ] || [ "${attempts1:-0}" != "0" ] || [ "$sink1" != "$N" ] || [ "$distinct1" != "$N" ] || [ "$rate1" -lt "$GOAL" ]; then
  verdict1=FAIL
  status=1
fi
# Phase 2: all sent, each accepted exactly once; only the mail in flight when the sink hung up failed once.
if [ "$sent2" != "$M" ] || [ "$sink2" != "$M" ] || [ "$distinct2" != "$M" ] || [ "${attempts2:-0}" != "1" ]; then
  verdict2=FAIL
  status=1
fi

mkdir -p "$BENCH_DIR/results"
RESULT="$BENCH_DIR/results/outbox-$(date +%Y-%m-%d-%H%M%S).txt"
{
  echo "Outbox benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "the portal's own timer, batches of $BATCH, to bench/smtp_sink.py; goal >= $GOAL messages/s, and exactly once across a hang-up"
  echo
  echo "| phase | queued | sent | accepted at sink | distinct at sink | failed attempts | connections | first to last s | messages/s | check |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf "| warm-up | %d | %d | %d | %d | %d | %d | %.1f | %d | not checked |\n" \
    "$W" "$sent0" "$sink0" "$distinct0" "${attempts0:-0}" "$conn0" "$span0" "$rate0"
  printf "| throughput | %d | %d | %d | %d | %d | %d | %.1f | %d | %s: >= %d/s, once each, no failures |\n" \
    "$N" "$sent1" "$sink1" "$distinct1" "${attempts1:-0}" "$conn1" "$span1" "$rate1" "$verdict1" "$GOAL"
  printf "| sink hangs up on mail %d | %d | %d | %d | %d | %d | %d | %.1f | %d | %s: once each, 1 failed attempt |\n" \
    "$K" "$M" "$sent2" "$sink2" "$distinct2" "${attempts2:-0}" "$conn2" "$span2" "$rate2" "$verdict2"
} | tee "$RESULT"
exit "$status"
