# Shared by the benchmarks that start the portal themselves (pages.sh, startup.sh); sourced, not run.
# The script sets WORK (its own temporary folder, which every process it starts has in its command
# line) and MVN_PID (the Maven process that runs the portal) before it calls stop_portal.

say() { printf '%s\n' "$*" >&2; }
die() { say "bench: $*"; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Our processes are found by the work folder in their command line, never by name alone:
# another portal may be running on the same machine.
own_pids() { # $1 = pattern in the command line (payara-micro.jar or mariadbd)
  local pid
  for pid in $(pgrep -f "$1" || true); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$WORK/" && echo "$pid"
  done
  return 0
}

# Stops the portal this script started: Maven first (its shutdown hook stops Payara Micro and
# MariaDB), then whatever of ours is still running, politely for 20 s and then by force.
stop_portal() {
  local i left=""
  if [[ -n ${MVN_PID:-} ]] && kill -0 "$MVN_PID" 2>/dev/null; then
    say "Stopping the portal (Maven pid $MVN_PID)..."
    kill -TERM "$MVN_PID" 2>/dev/null || true
    for ((i = 0; i < 90; i++)); do kill -0 "$MVN_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$MVN_PID" 2>/dev/null || true
  fi
  MVN_PID=""
  for ((i = 0; i < 30; i++)); do
    left=$( { own_pids payara-micro.jar; own_pids mariadbd; } )
    [[ -z $left ]] && break
    ((i == 0)) && say "Stopping what is left: $left"
    ((i < 20)) && kill -TERM $left 2>/dev/null || kill -KILL $left 2>/dev/null || true
    sleep 1
  done
  [[ -z $left ]] || say "bench: WARNING: still running: $left"
}
