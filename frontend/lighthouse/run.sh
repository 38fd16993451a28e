#!/usr/bin/env bash
# Lighthouse on the reader site's pages (median of 3 runs each), with Debian's Chromium, against the packaged backend serving the built
# site (the same setup as the browser tests). Prints the four category scores per page and exits non-zero if the
# article page scores below 95 in any of them. Not part of CI (slow, and scores move with machine load): run it
# by hand on a quiet machine and put the figures in ../README.md.
# Usage: bash frontend/lighthouse/run.sh   (after building backend and frontend)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
frontend=$(dirname "$here")
port=19480
seed=quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
[ -f "$frontend/dist/index.html" ] || (cd "$frontend" && npm run build)

out=$(mktemp -d)
E2E_PORT=$port bash "$frontend/e2e/serve-backend.sh" >"$out/backend.log" 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null; wait $backend 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://localhost:$port/api/v1/articles?size=1" && break; sleep 0.5; done
# Let the JVM warm up and settle first: Lighthouse scales the CPU time it observes, so a JIT compiling in the
# background would be charged to the page.
for _ in $(seq 1 30); do
  for path in "/api/v1/articles/$seed" /api/v1/glossary /api/v1/categories "/api/v1/articles?size=6" \
    "/api/v1/articles/most-viewed?period=week&limit=5" "/api/v1/articles?q=quy%20che%20dan%20chu&size=10"; do
    curl -s -o /dev/null "http://localhost:$port$path"
  done
done
sleep 5
# One unmeasured run: the first Chromium start and the first page loads are slower than any later one.
"$here/node_modules/.bin/lighthouse" "http://localhost:$port/bai-viet/$seed" --quiet --output=json \
  --output-path="$out/warm-up.json" --only-categories=performance --chrome-path="${CHROMIUM:-/usr/bin/chromium}" \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu --user-data-dir=$out/profile-warm-up" >/dev/null 2>&1 || true

failed=0
printf '%-12s %12s %14s %15s %5s %10s %8s\n' page performance accessibility best-practices seo benchmark TBT
for page in "article:/bai-viet/$seed" "home:/" "category:/chuyen-muc/tin-tuc-hoat-dong-cua-quan-uy" "search:/tim-kiem?q=quy%20che%20dan%20chu"; do
  name=${page%%:*}
  path=${page#*:}
  for run in 1 2 3; do # Lighthouse's own advice: the median of several runs
    "$here/node_modules/.bin/lighthouse" "http://localhost:$port$path" --quiet --output=json \
      --output-path="$out/$name-$run.json" --only-categories=performance,accessibility,best-practices,seo \
      --chrome-path="${CHROMIUM:-/usr/bin/chromium}" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$out/profile-$name-$run" \
      >/dev/null 2>"$out/$name.err" || { echo "lighthouse failed on $path:"; tail -5 "$out/$name.err"; exit 1; }
  done
  scores=$(node -e '
    const runs = process.argv.slice(1).map((f) => require(f));
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const s = ["performance", "accessibility", "best-practices", "seo"]
      .map((c) => median(runs.map((r) => Math.round(r.categories[c].score * 100))));
    console.log(s.join(" ") + " " + median(runs.map((r) => Math.round(r.environment.benchmarkIndex))) + " "
      + median(runs.map((r) => Math.round(r.audits["total-blocking-time"].numericValue))));
    for (const a of Object.values(runs[0].audits)) if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable") console.error("    " + a.id + ": " + a.title + (a.displayValue ? " (" + a.displayValue + ")" : ""));
  ' "$out/$name-1.json" "$out/$name-2.json" "$out/$name-3.json" 2>"$out/$name.audits")
  read -r perf a11y bp seo benchmark tbt <<<"$scores"
  printf '%-12s %12s %14s %15s %5s %10s %8s\n' "$name" "$perf" "$a11y" "$bp" "$seo" "$benchmark" "$tbt ms"
  cat "$out/$name.audits"
  if [ "$name" = article ] && { [ "$perf" -lt 95 ] || [ "$a11y" -lt 95 ] || [ "$bp" -lt 95 ] || [ "$seo" -lt 95 ]; }; then failed=1; fi
done
echo "(mobile emulation with Lighthouse's simulated throttling; $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))"
[ "$failed" = 0 ] || { echo "GOAL NOT MET: the article page scores below 95"; exit 1; }
