#!/usr/bin/env bash
# Search benchmark: loads 100,000 generated Vietnamese bulletins (the demo generator, fixed seed) into
# PostgreSQL 15 and into the embedded H2, then runs one search after another for a fixed time (wrk, one
# connection, 25 realistic queries in turn: without tone marks, with them, abbreviations, names) and prints the
# latency percentiles of each. Goal: p95 <= 50 ms on PostgreSQL.
# Usage: bash bench/search.sh [seconds per database, default 30]   (ARTICLES=... to change the size,
#        DATABASES=postgresql to skip H2, whose load takes about 4 minutes)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-30}
articles=${ARTICLES:-100000}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d /tmp/bantin-search-bench.XXXXXX)
chmod 755 "$work"
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=; }
cleanup() {
  stop
  if [ -n "${BANTIN_TEST_PG_CTL:-}" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- $BANTIN_TEST_PG_CTL -m fast stop >/dev/null || true
    else $BANTIN_TEST_PG_CTL -m fast stop >/dev/null || true; fi
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building the PostgreSQL and the H2 variants"
for profile in pg prod; do
  # clean: a migration left in target/classes by another branch's build would be applied too
  mvn -B -q -f backend clean package -DskipTests -Dquarkus.profile=$profile
  cp -r backend/target/quarkus-app "$work/app-$profile"
done
eval "$(bash .ci/start-postgres "$work/postgres" 54340)"

declare -A result load
run() { # name app-dir port [VAR=value …]
  local name=$1 app=$2 port=$3; shift 3
  mkdir -p "$work/$name"
  local started=$(date +%s)
  env "$@" BANTIN_DEMO_DATA=true BANTIN_DEMO_ARTICLES="$articles" BANTIN_DEMO_SEED=20240710 \
    java -Dquarkus.http.port="$port" -Dbantin.data-dir="$work/$name" -jar "$app/quarkus-run.jar" \
    >"$work/$name/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/$name/app.log"; exit 1; }
    sleep 2
  done
  load[$name]=$(( $(date +%s) - started ))
  if [ "$name" = postgresql ]; then
    # What an operator does after a bulk load; autovacuum would get there too, but later than the benchmark.
    PGPASSWORD="$BANTIN_TEST_PG_PASSWORD" psql -h 127.0.0.1 -p 54340 -U "$BANTIN_TEST_PG_USER" -d bantin \
      -qc "vacuum analyze article, article_search"
  fi
  wrk -t1 -c1 -d5s --timeout 30s -s bench/search.lua "http://localhost:$port" >/dev/null   # warm-up
  result[$name]=$(wrk -t1 -c1 -d"${seconds}s" --timeout 30s -s bench/search.lua "http://localhost:$port" | grep SEARCHES)
  echo "$name: loaded $articles bulletins in ${load[$name]} s; ${result[$name]}"
  stop
}

databases=${DATABASES:-postgresql h2}
run postgresql "$work/app-pg" 19501 QUARKUS_PROFILE=pg BANTIN_DB_URL="$BANTIN_TEST_PG_URL" \
  BANTIN_DB_USER="$BANTIN_TEST_PG_USER" BANTIN_DB_PASSWORD="$BANTIN_TEST_PG_PASSWORD"
[[ " $databases " == *" h2 "* ]] && run h2 "$work/app-prod" 19502

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo
echo "machine: $(nproc) cores, $cpu; $articles bulletins; one search at a time, 25 queries in turn, ${seconds} s each"
for name in $databases; do echo "$name: ${result[$name]} (ms)"; done
p95=$(grep -o 'P95 [0-9.]*' <<<"${result[postgresql]}" | cut -d' ' -f2)
if awk "BEGIN { exit !($p95 <= 50) }"; then echo "goal met: PostgreSQL p95 $p95 ms <= 50 ms"
else echo "GOAL NOT MET: PostgreSQL p95 $p95 ms > 50 ms"; exit 1; fi
