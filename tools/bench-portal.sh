#!/usr/bin/env bash
# Server render latency of the portal under concurrent load, and page weights, on the demo data.
#   ./mvnw -pl app -am package -DskipTests && tools/bench-portal.sh [seconds]
# BASE_URL=http://... measures an application that is already running with the demo data.
# Starts the jar on a fresh temporary home (the demo loads on first start), picks the Tweede Kamer plenary meeting of
# 2 October 2025 (30 agenda items with motions and votes), and runs wrk (Debian package) against its page and the
# home page: two threads, eight connections. Prints wrk's latency distribution and the bytes of HTML, CSS and JS.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
port=${PORT:-18080}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
home=$(mktemp -d)
if [ -z "${BASE_URL:-}" ]; then
  "$java" -Xmx1g -jar app/target/statenwerk.jar --server.port="$port" --statenwerk.home="$home" \
    --statenwerk.base-url="http://localhost:$port" \
    --logging.level.root=WARN >"$home/log.txt" 2>&1 &
  pid=$!
  trap 'status=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$home"; exit $status' EXIT
  base="http://localhost:$port"
  until [ -f "$home/demo-loaded" ] && curl -sf "$base/actuator/health" >/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$home/log.txt"; exit 1; }
    sleep 2
  done

  # the first start keeps working after the demo is loaded (search indexing, veraPDF checks of every PDF): measure
  # the pages, not that, by waiting until the application uses less than a fifth of a core over five seconds
  ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
  hz=$(getconf CLK_TCK)
  for _ in $(seq 1 120); do
    before=$(ticks); sleep 5; after=$(ticks)
    [ $(( (after - before) * 100 / (5 * hz) )) -lt 20 ] && break
  done
  echo "background work done after the demo loaded ($(uptime | sed 's/.*load average/load average/'))"
else
  base=$BASE_URL # an application that is already running with the demo data
  trap 'rm -rf "$home"' EXIT
fi

meeting=$(python3 - "$base" <<'EOF'
import json, sys, urllib.request
url = sys.argv[1] + "/api/ori/v2/vergaderingen"
while url:
    page = json.load(urllib.request.urlopen(url))
    for m in page["results"]:
        if m.get("sourceId", "").endswith("/tweede-kamer/vergaderingen/vg-2025-10-02"):
            print(m["url"].rsplit("/", 1)[1]); sys.exit(0)
    url = page.get("next")
sys.exit("meeting not found")
EOF
)
items=$(curl -s "$base/vergaderingen/$meeting" | grep -c 'class="statenwerk-agenda__item"' || true)
echo "meeting page /vergaderingen/$meeting ($items agenda items)"

weight() {
  local html css=0 js=0
  html=$(curl -s "$base$1" | tee "$home/page.html" | wc -c)
  for asset in $(grep -oE '(href|src)="/[^"]+\.(css|js)"' "$home/page.html" | cut -d'"' -f2 | sort -u); do
    size=$(curl -s "$base$asset" | wc -c)
    case "$asset" in *.css) css=$((css + size)) ;; *.js) js=$((js + size)) ;; esac
  done
  gz=$(curl -s -H 'Accept-Encoding: gzip' "$base$1" | wc -c)
  printf '%-40s HTML %6d bytes (%d gzipped), CSS %6d bytes, JS %6d bytes\n' "$1" "$html" "$gz" "$css" "$js"
}
weight /
weight "/vergaderingen/$meeting"

# Saturated: eight connections send as fast as the server answers, so with two cores shared with wrk the tail is
# mostly waiting for a core. Paced: the same eight connections, each waiting 8 ms between requests (a third to a
# half of what the machine can serve), which is the latency a reader sees on a busy but not overloaded server.
paced=$home/paced.lua
echo 'function delay() return 8 end' >"$paced"
for path in "/vergaderingen/$meeting" /; do
  wrk -t2 -c8 -d10s "$base$path" >/dev/null # warm-up
  echo "== saturated: wrk -t2 -c8 -d${seconds}s --latency $path"
  wrk -t2 -c8 -d"${seconds}s" --latency "$base$path"
  echo "== paced: wrk -t2 -c8 -d${seconds}s --latency -s paced.lua $path"
  wrk -t2 -c8 -d"${seconds}s" --latency -s "$paced" "$base$path"
done
