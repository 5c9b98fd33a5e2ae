#!/usr/bin/env bash
# Start-up benchmark: starts the portal as the run command does (./mvnw -Prun: embedded MariaDB,
# demo data, Payara Micro), each time with a fresh data folder, and reports where the time goes
# from the portal's own log. See bench/README.md.
set -euo pipefail

RUNS=${BENCH_RUNS:-3}
PORT=${BENCH_PORT:-8182}
DB_PORT=${BENCH_DB_PORT:-3408}
HEAP=${BENCH_HEAP:-512m}
JVM_OPTIONS=${BENCH_JVM_OPTIONS:-}              # more JVM options for Payara Micro, to compare (-Dportal.payaraJvmOptions)
GOAL=${BENCH_GOAL:-15}                      # seconds from launch to ready (median), the issue's goal
BUILD=${BENCH_BUILD:-yes}                   # "no" reuses target/ as it is
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH_DIR")
STAMP=$(date +%Y-%m-%d-%H%M%S)
RESULTS="$BENCH_DIR/results/startup-$STAMP.txt"

# shellcheck source=bench/lib.sh
source "$BENCH_DIR/lib.sh"

port_in_use "$PORT" && die "port $PORT is in use; set BENCH_PORT to a free port"
port_in_use "$DB_PORT" && die "port $DB_PORT is in use; set BENCH_DB_PORT to a free port"

WORK=$(mktemp -d /tmp/bench-startup-XXXX)
MVN_PID=""
LOG=""

finish() {
  local status=$?
  trap - EXIT INT TERM
  stop_portal
  if ((status != 0)) && [[ -n $LOG && -f $LOG ]]; then
    mkdir -p "$BENCH_DIR/results"
    cp "$LOG" "$BENCH_DIR/results/startup-$STAMP-portal.log"
    say "bench: the last portal log is in bench/results/startup-$STAMP-portal.log"
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

if [[ $BUILD == yes ]]; then
  say "Building the WAR (./mvnw -Prun package)..."
  (cd "$REPO" && ./mvnw -B -q -o -Prun package -DskipTests) >"$WORK/build.log" 2>&1 ||
    { tail -n 30 "$WORK/build.log" >&2; die "the build failed"; }
fi
CACHE_DIR=${HOME}/.cache/peer-support-portal
CACHE=$([[ -d $CACHE_DIR ]] && ls -d "$CACHE_DIR"/mariadb-*/data-template >/dev/null 2>&1 && echo warm || echo cold)

# Epoch milliseconds of the first message matching $2 in $1, from Payara Micro's own timeMillis
# (the message may be on a line after its header: "[[" then the text).
at() {
  awk -v pat="$2" 'match($0, /timeMillis: [0-9]+/) {t = substr($0, RSTART + 12, RLENGTH - 12)}
    $0 ~ pat && t != "" {print t; exit}' "$1"
}
secs() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "") print "-"; else printf "%.1f", (b - a) / 1000 }'; }

# CPU seconds used so far by a process and everything below it (Maven, the launcher, Payara
# Micro, MariaDB and the children they waited for): unlike wall time, barely changed by the load.
tree_cpu() {
  local pids=("$1") i=0 kids total=0
  while ((i < ${#pids[@]})); do
    kids=$(pgrep -P "${pids[i]}" || true)
    [[ -n $kids ]] && pids+=($kids)
    i=$((i + 1))
  done
  for pid in "${pids[@]}"; do
    [[ -r /proc/$pid/stat ]] && total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13 + $14 + $15}')))
  done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}'
}

ROWS=()
CPUS=()
TOTALS=()
for ((run = 1; run <= RUNS; run++)); do
  LOG="$WORK/run-$run.log"
  load=$(cut -d' ' -f1 /proc/loadavg)
  say "Run $run of $RUNS (load average $load, MariaDB cache $CACHE)..."
  launched=$(date +%s%3N)
  : >"$LOG"
  # The run command without its build step: ./mvnw -Prun is "package exec:java".
  (cd "$REPO" && exec setsid ./mvnw -B -q -o -Prun exec:java -Dportal.port="$PORT" -Dportal.dbPort="$DB_PORT" \
    -Dportal.dataDir="$WORK/run-$run/data" -Dportal.heap="$HEAP" ${JVM_OPTIONS:+"-Dportal.payaraJvmOptions=$JVM_OPTIONS"}) >"$LOG" 2>&1 </dev/null &
  MVN_PID=$!
  until grep -q "Peer Support Portal is ready at" "$LOG"; do
    kill -0 "$MVN_PID" 2>/dev/null || { tail -n 40 "$LOG" >&2; die "the portal stopped before it was ready"; }
    (($(date +%s%3N) - launched > START_TIMEOUT * 1000)) && { tail -n 40 "$LOG" >&2; die "not ready after $START_TIMEOUT s"; }
    sleep 0.2
  done
  ready=$(date +%s%3N) # seen within 0.2 s of the line
  cpu=$(tree_cpu "$MVN_PID")
  payara=$(own_pids payara-micro.jar | head -n1)
  rss=$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$payara/status" 2>/dev/null || echo "-")
  launcher=$(sed -n 's/^Launcher started at epoch ms \([0-9]*\).*/\1/p' "$LOG" | head -n1)
  db=$(sed -n 's/^Embedded MariaDB on port .*(accepting connections after \([0-9.]*\) s).*/\1/p' "$LOG" | head -n1)
  boot=$(at "$LOG" "startup time : Embedded")
  deployed=$(at "$LOG" "was successfully deployed")
  schema=$(at "$LOG" "Database schema at version")
  demo=$(at "$LOG" "Demo data")
  served=$(at "$LOG" "Payara Micro .* ready in")
  total=$(secs "$launched" "$ready")
  TOTALS+=("$total")
  CPUS+=("$cpu")
  ROWS+=("$(printf '| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s MB |' "$run" "$load" \
    "$(secs "$launched" "$launcher")" "${db:--}" "$(secs "$launcher" "$boot")" "$(secs "$boot" "$deployed")" \
    "$(secs "$deployed" "$schema")" "$(secs "$schema" "$demo")" "$(secs "$demo" "$served")" \
    "$(secs "$served" "$ready")" "$total" "$cpu" "$rss")")
  say "  ready in $total s ($cpu s of CPU), Payara Micro RSS $rss MB"
  stop_portal
  CACHE=warm
done

median_of() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
median=$(printf '%s\n' "${TOTALS[@]}" | median_of)
median_cpu=$(printf '%s\n' "${CPUS[@]}" | median_of)
verdict=$(awk -v m="$median" -v g="$GOAL" 'BEGIN {print (m <= g) ? "met" : "MISSED"}')
mkdir -p "$BENCH_DIR/results"
{
  echo "Start-up, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$REPO" rev-parse --short HEAD), $(nproc) cores, heap $HEAP${JVM_OPTIONS:+, JVM options $JVM_OPTIONS}"
  echo
  echo "| run | load | maven+launcher s | mariadb s | payara boot s | deploy s | flyway s | demo data s | web init s | first page s | ready s | cpu s | RSS after start |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "median ready: $median s (goal <= $GOAL s: $verdict); median CPU to ready: $median_cpu s"
} | tee "$RESULTS"
say "Written to ${RESULTS#"$REPO"/}"
[[ $verdict == met ]]
