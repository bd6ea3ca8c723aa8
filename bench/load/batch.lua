-- POST /tag with an NDJSON batch: BATCH_SIZE (default 100) copies of article-5k.json, one per line.
-- Usage: wrk -t2 -c8 -d10s -s bench/load/batch.lua http://127.0.0.1:PORT/tag
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

local file = assert(io.open(dir .. "article-5k.json", "rb"), "cannot read article-5k.json")
local article = file:read("*a"):gsub("%s+$", "")
file:close()
local lines = {}
for i = 1, tonumber(os.getenv("BATCH_SIZE") or "100") do
   lines[i] = article
end
wrk.method = "POST"
wrk.body = table.concat(lines, "\n") .. "\n"
wrk.headers["Content-Type"] = "application/x-ndjson"
