#!/bin/sh
# Issue 13's memory scenario: serve an empty library, upload two 50 MB text files through the API,
# and print the server's resident memory (RSS) before, after each upload and after a quiet minute.
# Usage: tools/upload-memory.sh [path/to/templib]   (default: the Release build)
set -eu
templib=${1:-src/TemplateLibrary.Cli/bin/Release/net10.0/templib}
work=$(mktemp -d)
port=${PORT:-5091}
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import random, sys
random.seed(1)
words = "council shared service agreement legal delegation authority joint committee waste revenue benefits officer schedule clause termination notice budget partner district borough county finance audit".split()
for n in (1, 2):
    with open(f"{sys.argv[1]}/big{n}.txt", "w") as f:
        size = 0
        while size < 50_000_000:
            line = " ".join(random.choice(words) + str(random.randint(0, 999)) for _ in range(14)) + ".\n"
            f.write(line); size += len(line)
PY
mkdir "$work/empty"
TemplateLibrary__UploadApiKey=memory-test "$templib" serve --index "$work/index" --corpus "$work/empty" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
until curl -sf "http://127.0.0.1:$port/api/health" >/dev/null; do sleep 0.5; done
rss() { awk '/VmRSS/ {printf "%d MB\n", $2 / 1024}' "/proc/$server/status"; }
echo "started:        $(rss)"
for n in 1 2; do
  curl -sf -o /dev/null -H 'X-Api-Key: memory-test' -F "files=@$work/big$n.txt" "http://127.0.0.1:$port/api/documents"
  echo "after upload $n: $(rss)"
done
sleep 60
echo "a minute later: $(rss)"
