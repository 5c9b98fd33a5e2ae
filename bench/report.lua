-- wrk script for bench/pages.sh: counts answers other than 200 (a redirect to the sign-in page
-- must never pass for a fast page) and prints one machine-readable line at the end:
-- BENCH requests=N duration_s=S rps=R p50_ms=A p95_ms=B p99_ms=C non200=X socket_errors=Y

local threads = {}

-- BENCH_DELAY_MS set: each connection pauses that long before each request, for a fixed request
-- rate (connections x 1000 / (pause + latency) per second) instead of as fast as possible.
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if pause then
  function delay()
    return pause
  end
end

-- BENCH_SESSIONS_FILE set: one session id per line. Each wrk thread takes its own share of them and
-- sends its requests round robin over its share, as many members reading at once do (one session's
-- requests take turns on the server, see SessionTurnFilter, so one shared session would measure
-- that queue rather than the page).
local function setting(name)
  local value = os.getenv(name)
  if value == "" then return nil end -- set but empty: not set (an empty string is true in Lua)
  return value
end

local sessions_file = setting("BENCH_SESSIONS_FILE")

-- wrk calls init in each thread right after that thread's setup, so the number of threads comes from
-- the environment (BENCH_THREADS, the -t given to wrk), not from counting setups.
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "1")

function setup(thread)
  thread:set("id", #threads)
  thread:set("thread_count", thread_count)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
  cookies = {}
  if sessions_file then
    local all = {}
    for line in io.lines(sessions_file) do
      if line ~= "" then all[#all + 1] = line end
    end
    for i, session in ipairs(all) do
      if (i - 1) % thread_count == id then cookies[#cookies + 1] = "JSESSIONID=" .. session end
    end
    if #cookies == 0 then cookies = { "JSESSIONID=" .. all[1] } end
  end
  next_cookie = 0
end

function request()
  if #cookies == 0 then
    return wrk.request()
  end
  next_cookie = next_cookie % #cookies + 1
  return wrk.format(nil, nil, { Cookie = cookies[next_cookie] })
end

-- BENCH_EXPECT set: an answer without this text counts as a failure too (a signed-in page that
-- shows the sign-in form in its place still answers 200).
local expect = setting("BENCH_EXPECT")

function response(status, headers, body)
  if status ~= 200 or (expect and not string.find(body, expect, 1, true)) then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local non200_total = 0
  for _, thread in ipairs(threads) do
    non200_total = non200_total + (thread:get("non200") or 0)
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f non200=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non200_total, e.connect + e.read + e.write + e.timeout))
end
