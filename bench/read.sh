#!/usr/bin/env bash
# Read path benchmark: the API's public GETs against nginx serving the very same bytes as static files, measured
# in alternating rounds (API, nginx, API, nginx, ...) with the same wrk settings, on the same machine.
#   (a) GET /api/v1/articles?category=…&size=20   (b) GET /api/v1/articles/{slug}   (c) (b) with If-None-Match → 304
# Also reports the packaged app's time to first answer and idle RSS, the latter also with the generated
# bulletins (after a restart on them), and whether the API's p99 stays within 3x nginx's.
# The app runs with the JVM options of the production image (BANTIN_JAVA_OPTS in backend/Dockerfile) unless
# BANTIN_JAVA_OPTS is set (empty: the JVM's defaults).
# Usage: bash bench/read.sh [seconds per round, default 10] [rounds, default 3]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-10}
rounds=${2:-3}
threads=2
connections=64
articles=${BENCH_ARTICLES:-3000}
api_port=19400
nginx_port=19410
jar=backend/target/quarkus-app/quarkus-run.jar
BANTIN_JAVA_OPTS=${BANTIN_JAVA_OPTS-$(sed -n 's/^ENV BANTIN_JAVA_OPTS="\([^"]*\)".*/\1/p' backend/Dockerfile)}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/.* MALLOC_ARENA_MAX=\([0-9]*\).*/\1/p' backend/Dockerfile)}
echo "JVM options: ${BANTIN_JAVA_OPTS:-none, the JVM defaults}; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset}"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -f "$jar" ] || mvn -B -q -f backend package -DskipTests

work=$(mktemp -d)
chmod 755 "$work"
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; pids=(); }
trap 'stop_all; rm -rf "$work"' EXIT

millis() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# Starts the app; sets app_pid, and ready_ms: milliseconds from launch to the first 200 answer of the list.
start_app() { # data-dir port demo-articles
  if curl -s -o /dev/null "http://localhost:$2/"; then echo "port $2 is taken by another process" >&2; exit 1; fi
  local began; began=$(millis)
  # shellcheck disable=SC2086 # BANTIN_JAVA_OPTS holds several options
  BANTIN_DEMO_DATA=$([ "$3" -gt 0 ] && echo true || echo false) BANTIN_DEMO_ARTICLES="$3" \
    java ${BANTIN_JAVA_OPTS:-} -Dquarkus.http.port="$2" -Dbantin.data-dir="$1" -jar "$jar" >"$1.log" 2>&1 &
  pids+=($!)
  app_pid=$!
  for _ in $(seq 1 2400); do
    if curl -sf -o /dev/null "http://localhost:$2/api/v1/articles?size=1"; then ready_ms=$(($(millis) - began)); return; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "the app did not start" >&2; tail -30 "$1.log" >&2; exit 1
}

echo "== Startup and memory (packaged app, fresh H2 data directory, seed bulletin only)"
start_app "$work/plain" $((api_port + 1)) 0
first_answer=$ready_ms
sleep 5
idle_rss=$(rss_mb "$app_pid")
echo "  time to first answer: ${first_answer} ms; idle RSS: ${idle_rss} MB"
stop_all

echo "== Dataset: $articles generated bulletins"
start_app "$work/demo" "$api_port" "$articles"
loaded=$ready_ms
api="http://localhost:$api_port"
echo "  started and loaded in ${loaded} ms; RSS after loading: $(rss_mb "$app_pid") MB"
# Idle with the bulletins: a restart on the same data, as a server runs day to day (generating them grew the heap).
stop_all
start_app "$work/demo" "$api_port" 0
sleep 10
loaded_idle_rss=$(rss_mb "$app_pid")
echo "  restarted on them: first answer after ${ready_ms} ms; idle RSS: ${loaded_idle_rss} MB"
json() { python3 -c "import json, sys; print(eval(sys.argv[1], {'d': json.load(sys.stdin)}))" "$1"; }
category=$(curl -sf "$api/api/v1/categories" | json "max(d, key=lambda c: c['articleCount'])['slug']")
list_path="/api/v1/articles?category=$category&size=20"
slug=$(curl -sf "$api$list_path" | json "d['items'][0]['slug']")
detail_path="/api/v1/articles/$slug"
mkdir -p "$work/static"
curl -sf -o "$work/static/list.json" "$api$list_path"
curl -sf -o "$work/static/detail.json" "$api$detail_path"
chmod -R a+rX "$work/static"
api_etag=$(curl -sfI "$api$detail_path" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
echo "  (a) $list_path: $(stat -c %s "$work/static/list.json") bytes"
echo "  (b) $detail_path: $(stat -c %s "$work/static/detail.json") bytes"

cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  # Measured best for files this small: copying from the page cache beats sendfile, and open files are kept.
  sendfile off;
  open_file_cache max=100;
  keepalive_requests 1000000;
  types { application/json json; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location = /list { try_files /list.json =404; }
    location = /detail { try_files /detail.json =404; }
  }
}
EOF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/list" && break; sleep 0.1; done
nginx_etag=$(curl -sfI "http://127.0.0.1:$nginx_port/detail" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
cmp -s <(curl -sf "http://127.0.0.1:$nginx_port/list") "$work/static/list.json" || { echo "nginx serves other bytes"; exit 1; }
check_304() { [ "$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $2" "$1")" = 304 ] || { echo "no 304 from $1"; exit 1; }; }
check_304 "$api$detail_path" "$api_etag"
check_304 "http://127.0.0.1:$nginx_port/detail" "$nginx_etag"

# kind → url and extra header, for each side
declare -A api_url=([a]="$api$list_path" [b]="$api$detail_path" [c]="$api$detail_path")
declare -A nginx_url=([a]="http://127.0.0.1:$nginx_port/list" [b]="http://127.0.0.1:$nginx_port/detail"
  [c]="http://127.0.0.1:$nginx_port/detail")
declare -A api_header=([a]="X-Bench: a" [b]="X-Bench: b" [c]="If-None-Match: $api_etag")
declare -A nginx_header=([a]="X-Bench: a" [b]="X-Bench: b" [c]="If-None-Match: $nginx_etag")

run_wrk() { # url header seconds → "req/s p99"
  local out
  out=$(wrk -t$threads -c$connections -d"${3}s" --latency -H "$2" "$1")
  if grep -q "Non-2xx or 3xx" <<<"$out"; then echo "errors in wrk run against $1:" >&2; echo "$out" >&2; exit 1; fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out" | to_ms)"
}
to_ms() { awk '{v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v = v; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v}'; }

echo "== Warm-up (JIT, caches), not measured"
for kind in a b c; do
  run_wrk "${api_url[$kind]}" "${api_header[$kind]}" 5 >/dev/null
  run_wrk "${nginx_url[$kind]}" "${nginx_header[$kind]}" 2 >/dev/null
done

echo "== Measured: $rounds alternating rounds per kind, wrk -t$threads -c$connections -d${seconds}s"
printf '%-4s %-6s %-8s %12s %10s\n' kind round side 'req/s' 'p99 ms'
declare -A api_rates nginx_rates api_p99 nginx_p99
for kind in a b c; do
  for round in $(seq 1 "$rounds"); do
    read -r rate p99 < <(run_wrk "${api_url[$kind]}" "${api_header[$kind]}" "$seconds")
    printf '%-4s %-6s %-8s %12s %10s\n' "$kind" "$round" API "$rate" "$p99"
    api_rates[$kind]+="$rate "; api_p99[$kind]+="$p99 "
    read -r rate p99 < <(run_wrk "${nginx_url[$kind]}" "${nginx_header[$kind]}" "$seconds")
    printf '%-4s %-6s %-8s %12s %10s\n' "$kind" "$round" nginx "$rate" "$p99"
    nginx_rates[$kind]+="$rate "; nginx_p99[$kind]+="$p99 "
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
echo
echo "== Summary (medians of the rounds), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
printf '%-36s %12s %12s %8s %12s %12s\n' kind 'API req/s' 'nginx req/s' ratio 'API p99 ms' 'nginx p99 ms'
failed=0
for kind in a b c; do
  a=$(median <<<"${api_rates[$kind]}"); n=$(median <<<"${nginx_rates[$kind]}")
  ratio=$(awk -v a="$a" -v n="$n" 'BEGIN {printf "%.2f", a / n}')
  case $kind in a) name="(a) list of 20 in a category";; b) name="(b) one article";; c) name="(c) conditional GET, 304";; esac
  printf '%-36s %12s %12s %8s %12s %12s\n' "$name" "$a" "$n" "$ratio" \
    "$(median <<<"${api_p99[$kind]}")" "$(median <<<"${nginx_p99[$kind]}")"
  if [ "$kind" != c ] && awk -v r="$ratio" 'BEGIN {exit !(r < 0.5)}'; then failed=1; fi
  if awk -v a="$(median <<<"${api_p99[$kind]}")" -v n="$(median <<<"${nginx_p99[$kind]}")" 'BEGIN {exit !(a > 3 * n)}'; then
    echo "  p99 goal not met for $name: over 3x nginx's"; tail_failed=1
  fi
done
echo "startup: first answer ${first_answer} ms after launch (seed only); idle RSS ${idle_rss} MB;" \
  "idle RSS with $articles bulletins ${loaded_idle_rss} MB (goal <= 256 MiB)"
[ "${tail_failed:-0}" = 0 ] && echo "p99 goal met: within 3x nginx's for (a), (b) and (c)"
if [ "$failed" = 1 ]; then echo "GOAL NOT MET: API/nginx below 0.5 for (a) or (b)"; exit 1; fi
echo "goal met: API/nginx >= 0.5 for (a) and (b)"
