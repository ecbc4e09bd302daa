#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the portal's main page types, on the demo data,
# with the desktop and the mobile preset and Lighthouse's default throttling.
#   ./mvnw -pl app -am package -DskipTests && tools/lighthouse.sh [page-name...]
# RUNS=3 runs each page three times and keeps the run with the median performance score (Lighthouse's advice for a
# noisy machine); VERBOSE=1 lists the audits that lost points; BASE_URL=http://... measures a running application.
# Lighthouse is pinned in tools/lighthouse (npm ci there on first use) and drives Debian's chromium (CHROME_PATH).
# Starts the jar on a fresh temporary home (the demo loads on first start), finds a meeting, paper, person, fractie and
# PDF through the portal's own links, and prints a table of the four scores per page; the JSON reports go to
# target/lighthouse/. Not part of CI: the whole run takes several minutes. The figures depend on the machine's load,
# which is printed with them. Pages: home meetings meeting paper person fractie search viewer accessibility.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
port=${PORT:-18090}
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=$root/target/lighthouse
export OUT=$out
mkdir -p "$out"
[ -x tools/lighthouse/node_modules/.bin/lighthouse ] || (cd tools/lighthouse && npm ci --no-audit --no-fund)
lighthouse=$root/tools/lighthouse/node_modules/.bin/lighthouse

if [ -z "${BASE_URL:-}" ]; then
  home=$(mktemp -d)
  "$java" -Xmx1g -jar app/target/statenwerk.jar --server.port="$port" --statenwerk.home="$home" \
    --statenwerk.base-url="http://localhost:$port" --logging.level.root=WARN >"$home/log.txt" 2>&1 &
  pid=$!
  trap 'status=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$home"; exit $status' EXIT
  base="http://localhost:$port"
  until [ -f "$home/demo-loaded" ] && curl -sf "$base/actuator/health" >/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$home/log.txt"; exit 1; }
    sleep 2
  done
else
  base=$BASE_URL # an application that is already running with the demo data
fi

# the first link on a page that matches a pattern, or nothing
first() { curl -sf "$base$1" | { grep -oE "href=\"$2\"" || true; } | sed -n 1p | cut -d'"' -f2; }
# the Tweede Kamer plenary meeting of 2 October 2025 (as tools/bench-portal.sh): 30 agenda items with motions, whose
# papers have files and submitters
meeting=/vergaderingen/$(python3 - "$base" <<'PY'
import json, sys, urllib.request
url = sys.argv[1] + "/api/ori/v2/vergaderingen"
while url:
    page = json.load(urllib.request.urlopen(url))
    for m in page["results"]:
        if m.get("sourceId", "").endswith("/tweede-kamer/vergaderingen/vg-2025-10-02"):
            print(m["id"]); sys.exit(0)
    url = page.get("next")
sys.exit("meeting not found")
PY
)
paper= viewer= person=
for p in $(curl -sf "$base$meeting" | grep -oE 'href="/stukken/[0-9a-f-]{36}"' | cut -d'"' -f2); do
  paper=$p
  viewer=$(first "$p" '/stukken/[0-9a-f-]{36}/bestanden/[0-9a-f-]{36}')
  person=$(first "$p" '/personen/[0-9a-f-]{36}')
  [ -n "$viewer" ] && [ -n "$person" ] && break
done
fractie=
for f in $(curl -sf "$base/" | grep -oE 'href="/fracties/[0-9a-f-]{36}"' | cut -d'"' -f2); do
  fractie=$f # one with members
  [ -n "$(first "$f" '/personen/[0-9a-f-]{36}')" ] && break
done
declare -A pages=(
  [home]=/ [meetings]=/vergaderingen [meeting]=$meeting [paper]=$paper [person]=$person [fractie]=$fractie
  [search]='/zoeken?q=windpark' [viewer]=$viewer [accessibility]=/toegankelijkheid
)
order=(home meetings meeting paper person fractie search viewer accessibility)
[ $# -gt 0 ] && order=("$@")

runs=${RUNS:-1}
echo "Lighthouse $("$lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null), $(nproc) cores," \
  "load $(cut -d' ' -f1-3 /proc/loadavg), median of $runs run(s) by performance"
printf '%-14s %-8s %5s %5s %5s %5s  %s\n' page preset perf a11y bp seo address
for name in "${order[@]}"; do
  for preset in desktop mobile; do
    args=(--output=json --quiet --only-categories=performance,accessibility,best-practices,seo
      --chrome-flags="--headless=new --no-sandbox --disable-gpu")
    [ "$preset" = desktop ] && args+=(--preset=desktop)
    reports=()
    for run in $(seq "$runs"); do
      report="$out/$name-$preset-$run.json"
      "$lighthouse" "$base${pages[$name]}" "${args[@]}" --output-path="$report" 2>/dev/null \
        && reports+=("$report") || echo "$name $preset: lighthouse failed" >&2
    done
    [ ${#reports[@]} -gt 0 ] || continue
    node -e '
      const [name, preset, address, ...files] = process.argv.slice(1);
      const all = files.map(f => require(f)).sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const r = all[Math.floor((all.length - 1) / 2)], c = r.categories, s = k => Math.round(c[k].score * 100);
      require("fs").writeFileSync(process.env.OUT + "/" + name + "-" + preset + ".json", JSON.stringify(r));
      const f = (x) => String(x).padStart(5);
      console.log(name.padEnd(14), preset.padEnd(8), f(s("performance")), f(s("accessibility")),
        f(s("best-practices")), f(s("seo")), "", address);
      for (const k of Object.keys(c)) for (const a of c[k].auditRefs) {
        const audit = r.audits[a.id];
        if (a.weight > 0 && audit.score !== null && audit.score < 1 && process.env.VERBOSE)
          console.log("    " + k + ": " + a.id + " " + audit.score + " " + (audit.displayValue || ""));
      }' "$name" "$preset" "${pages[$name]}" "${reports[@]}"
  done
done
