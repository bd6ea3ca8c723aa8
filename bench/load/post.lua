-- POST /tag with a JSON article. Body file: $WRK_BODY_FILE, else article-5k.json next to this file;
-- Content-Type: $WRK_CONTENT_TYPE, else application/json (text/plain takes article-5k.txt).
-- Usage: wrk -t2 -c8 -d10s -s bench/load/post.lua http://127.0.0.1:PORT/tag
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

local path = os.getenv("WRK_BODY_FILE") or (dir .. "article-5k.json")
local file = assert(io.open(path, "rb"), "cannot read the request body " .. path)
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = os.getenv("WRK_CONTENT_TYPE") or "application/json"
