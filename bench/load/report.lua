-- Shared by post.lua and get.lua: counts every non-2xx answer and prints one machine-readable
-- line when wrk is done. Thread-local counters are summed through the thread handles that
-- setup() collects (setup and done run in wrk's main Lua state, response in each thread's).
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

non2xx = 0

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local bad = 0
   for _, thread in ipairs(threads) do
      bad = bad + (thread:get("non2xx") or 0)
   end
   local e = summary.errors
   -- wrk's own e.status only counts status > 399; non2xx includes it and any 1xx/3xx as well.
   local errors = e.connect + e.read + e.write + e.timeout + bad
   io.write(string.format(
      "RESULT label=%s requests=%d duration_s=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " errors=%d connect=%d read=%d write=%d status=%d timeout=%d non2xx=%d\n",
      os.getenv("WRK_LABEL") or "-", summary.requests, summary.duration / 1e6,
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000,
      errors, e.connect, e.read, e.write, e.status, e.timeout, bad))
end
