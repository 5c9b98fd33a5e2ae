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

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
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
