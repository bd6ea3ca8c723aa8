#!/usr/bin/env bash
# How article-5k.json was made (run once; the JSON is committed, run.sh does not call this).
# article-5k.txt is an original news-style article (about 5,120 bytes of UTF-8) written for this
# benchmark: North Korea luxury-goods smuggling (limousines, yachts, watches, jewellery) plus
# diplomacy sentences that the rules should not flag. This wraps it as the POST /tag JSON body.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import json
text = open("article-5k.txt", encoding="utf-8").read()
body = json.dumps({"id": "bench-article-5k", "text": text}, ensure_ascii=False)
open("article-5k.json", "w", encoding="utf-8").write(body)
print(f"text: {len(text.encode('utf-8'))} bytes, {len(text)} chars; body: {len(body.encode('utf-8'))} bytes")
PY
