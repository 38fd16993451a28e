#!/usr/bin/env bash
# View counting benchmark: group commit against the naive one-UPDATE-per-request baseline, in one run.
# Starts the packaged app on the embedded H2 database (a fresh data directory per mode), posts views from 64
# connections with wrk for a fixed time, checks the counts against the acknowledged views, and prints views/s.
# Usage: bash bench/views.sh [seconds per measurement, default 15]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-15}
connections=64
exact_views=${EXACT_VIEWS:-100000}
slug=quan-uy-to-chuc-hoi-nghi-so-ket-6-thang-dau-nam-trien-khai-nhiem-vu-trong-tam-6-thang-cuoi-nam-20024
jar=backend/target/quarkus-app/quarkus-run.jar

if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
[ -f "$jar" ] || mvn -B -q -f backend package -DskipTests

work=$(mktemp -d)
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap 'stop; rm -rf "$work"' EXIT
failures=0

start() { # mode port
  mkdir -p "$work/$1"
  java -Dquarkus.http.port="$2" -Dbantin.data-dir="$work/$1" -Dbantin.views.mode="$1" -jar "$jar" \
    >"$work/$1/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$2/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "the app did not start"; tail -30 "$work/$1/app.log"; exit 1
}
count() { # port: the exact count, read with a crawler's POST, which is never counted
  curl -sf -X POST -A 'Googlebot/2.1' "http://localhost:$1/api/v1/articles/$slug/views" | grep -o '"viewCount":[0-9]*' | cut -d: -f2
}
check() {
  if eval "$2"; then echo "  check ok: $1"; else echo "  CHECK FAILED: $1"; failures=$((failures + 1)); fi
}

declare -A rate
port=19300
for mode in group-commit per-request; do
  port=$((port + 1))
  url="http://localhost:$port/api/v1/articles/$slug/views"
  echo "== $mode"
  start "$mode" "$port"
  check "a POST as wrk sends it is answered as a counted view" \
    "curl -sf -X POST '$url' | grep -q '\"counted\":true'"
  wrk -t2 -c$connections -d10s -s bench/views.lua "$url" >/dev/null   # warm-up (JIT), not measured
  sleep 1
  before=$(count "$port")
  out=$(wrk -t2 -c$connections -d"${seconds}s" --latency -s bench/views.lua "$url")
  sleep 1
  after=$(count "$port")
  acked=$(grep -o 'ACKED [0-9]*' <<<"$out" | cut -d' ' -f2)
  other=$(grep -o 'OTHER [0-9]*' <<<"$out" | cut -d' ' -f2)
  rise=$((after - before))
  rate[$mode]=$((acked / seconds))
  grep -E 'Latency  |99%' <<<"$out" | sed 's/^/  /'
  echo "  acknowledged $acked views in ${seconds}s = ${rate[$mode]} views/s; count rose by $rise; $other other answers"
  # wrk stops on the clock and drops the answers still in flight (at most one per connection), though the
  # server commits those views: the count may exceed the acknowledged views by at most that much.
  check "no acknowledged view lost" "[ $rise -ge $acked ]"
  check "nothing counted beyond what was sent (acknowledged + $connections in flight)" "[ $rise -le $((acked + connections)) ]"
  if [ "$mode" = group-commit ]; then
    before=$(count "$port")
    exact=$(node bench/view-load.mjs "$url" $connections "$exact_views")
    after=$(count "$port")
    echo "  exactness: $connections connections posted $exact_views views: $exact; count rose by $((after - before))"
    check "count rose by exactly $exact_views" "[ $((after - before)) -eq $exact_views ]"
    check "every one of them acknowledged" "grep -q 'ACKED $exact_views ' <<<'$exact'"
  fi
  stop
done

ratio=$(awk "BEGIN { printf \"%.1f\", ${rate[group-commit]} / ${rate[per-request]} }")
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo
echo "machine: $(nproc) cores, $cpu; load generator on the same machine"
echo "group commit: ${rate[group-commit]} views/s; one UPDATE per request: ${rate[per-request]} views/s; ratio ${ratio}x"
check "at least 10x the naive baseline" "awk 'BEGIN { exit !(${rate[group-commit]} >= 10 * ${rate[per-request]}) }'"
check "at least 20,000 acknowledged views/s" "[ ${rate[group-commit]} -ge 20000 ]"
echo "checks failed: $failures"
[ "$failures" -eq 0 ]
