-- A plain GET (e.g. /q/health/live, the framework's ceiling) with the same error counting and report.
-- Usage: wrk -t2 -c8 -d10s -s bench/load/get.lua http://127.0.0.1:PORT/q/health/live
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")
