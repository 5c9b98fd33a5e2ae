#!/usr/bin/env bash
# Outbox benchmark: how many e-mails per second the portal's sender delivers to a local SMTP
# server. Starts the portal (embedded MariaDB) with SMTP pointed at a local sink (Python's smtpd
# DebuggingServer, output discarded), puts N due messages in the outbox, lets the portal's own
# timer send them, and reads the rate from the rows' sent_at times. See bench/README.md.
set -euo pipefail

N=${BENCH_MESSAGES:-2000}
PORT=${BENCH_PORT:-8182}
DB_PORT=${BENCH_DB_PORT:-3408}
SMTP_PORT=${BENCH_SMTP_PORT:-2525}
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
DATA=$(mktemp -d /tmp/bench-outbox-XXXX)
LOG="$DATA/portal.log"
pids=()

command -v mariadb >/dev/null || { echo "bench: needs the mariadb client (apt-get install mariadb-client)"; exit 1; }
python3 -c 'import smtpd' 2>/dev/null || { echo "bench: needs python3 with the smtpd module (Python 3.11 or older)"; exit 1; }

cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  sleep 8
  pkill -TERM -f "$DATA" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$SMTP_PORT" > /dev/null 2>&1 &
pids+=($!)

echo "Building and starting the portal on $PORT (database $DB_PORT, SMTP sink $SMTP_PORT)..."
(cd "$REPO" && exec ./mvnw -B -q -Prun -Dportal.port="$PORT" -Dportal.dbPort="$DB_PORT" -Dportal.dataDir="$DATA" \
    -Dportal.smtp.host=127.0.0.1 -Dportal.smtp.port="$SMTP_PORT") > "$LOG" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do grep -q "ready at" "$LOG" && break; sleep 1; done
grep -q "ready at" "$LOG" || { echo "bench: the portal did not start; see $LOG"; cp "$LOG" "$BENCH_DIR/results/outbox-failed.log" 2>/dev/null || true; exit 1; }

sql() { mariadb -h 127.0.0.1 -P "$DB_PORT" -u root -N -B portal -e "$1"; }
echo "Queuing $N messages..."
sql "INSERT INTO email_outbox (to_address, subject, body_text, body_html, created_at, not_before)
     SELECT CONCAT('bench-', seq, '@example.org'), 'A message from Peer Support Portal',
            'Hello, there is something new for you.', '<p>Hello, there is something new for you.</p>',
            UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
     FROM seq_1_to_$N;"

for _ in $(seq 1 600); do
  left=$(sql "SELECT COUNT(*) FROM email_outbox WHERE to_address LIKE 'bench-%' AND sent_at IS NULL")
  [ "$left" = "0" ] && break
  sleep 1
done
[ "$left" = "0" ] || { echo "bench: $left messages still unsent after 10 minutes"; exit 1; }

read -r sent span attempts <<<"$(sql "SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) / 1e6, SUM(attempts)
                                     FROM email_outbox WHERE to_address LIKE 'bench-%'")"
mkdir -p "$BENCH_DIR/results"
RESULT="$BENCH_DIR/results/outbox-$(date +%Y-%m-%d-%H%M%S).txt"
# The check: every message inserted was sent, none needed a second attempt.
status=0
[ "$sent" = "$N" ] && [ "${attempts:-0}" = "0" ] || status=1
{
  echo "Outbox benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $(nproc) cores"
  echo "one sender, batches of 50, a new SMTP connection per message, to a local SMTP server"
  echo
  echo "| inserted | sent | failed attempts | first to last s | messages/s |"
  echo "|---|---|---|---|---|"
  awk -v i="$N" -v n="$sent" -v a="$attempts" -v s="$span" 'BEGIN { printf "| %d | %d | %d | %.1f | %.0f |\n", i, n, a, s, (s > 0 ? (n - 1) / s : 0) }'
  if [ "$status" -eq 0 ]; then echo "PASS: every message sent at the first attempt"; else echo "FAIL: $sent of $N sent, $attempts failed attempts"; fi
} | tee "$RESULT"
exit "$status"
