#!/usr/bin/env bash
# Media serving benchmark: GET /media/{variant} of the packaged app against nginx serving the very same file, in
# alternating rounds (API, nginx, ...) with the same wrk settings on the same machine. The variant is the 800 px
# copy of a photo-like 2400×1600 JPEG (about 80 KB). Also reports the app's RSS with its media cache bounded by
# BANTIN_MEDIA_CACHE_BYTES. Usage: bash bench/media.sh [seconds per round, default 10] [rounds, default 3]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${1:-10}
rounds=${2:-3}
api_port=19420
nginx_port=19430
jar=backend/target/quarkus-app/quarkus-run.jar
password=bench-admin-password

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
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

java bench/NoisyPhoto.java "$work/photo.jpg" 2400 1600
BANTIN_ADMIN_PASSWORD=$password BANTIN_MEDIA_CACHE_BYTES=${BANTIN_MEDIA_CACHE_BYTES:-16777216} \
  java -Dquarkus.http.port=$api_port -Dbantin.data-dir="$work/data" -jar "$jar" >"$work/app.log" 2>&1 &
pids+=($!)
app_pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://localhost:$api_port/q/health/ready" && break; sleep 0.1; done
api="http://localhost:$api_port"
token=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$password\"}" \
  "$api/api/v1/auth/token" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
upload=$(curl -sf -H "Authorization: Bearer $token" -F "file=@$work/photo.jpg;filename=Ảnh hội nghị.jpg" "$api/api/v1/admin/media")
variant=$(sed 's/.*"width":800,"url":"\([^"]*\)".*/\1/' <<<"$upload")
mkdir -p "$work/static"
curl -sf -o "$work/static/variant.jpg" "$api$variant"
chmod -R a+rX "$work/static"
echo "== $variant: $(stat -c %s "$work/static/variant.jpg") bytes (original photo $(stat -c %s "$work/photo.jpg") bytes)"

cat >"$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  open_file_cache max=100;
  keepalive_requests 1000000;
  types { image/jpeg jpg; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location = /variant { try_files /variant.jpg =404; add_header Cache-Control "public, max-age=31536000, immutable"; }
  }
}
NGINX
"$nginx_bin" -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/variant" && break; sleep 0.1; done
cmp -s <(curl -sf "http://127.0.0.1:$nginx_port/variant") "$work/static/variant.jpg" || { echo "nginx serves other bytes"; exit 1; }

run_wrk() { # url seconds → "req/s p99"
  local out
  out=$(wrk -t2 -c64 -d"${2}s" --latency "$1")
  if grep -q "Non-2xx or 3xx" <<<"$out"; then echo "errors in wrk run against $1:" >&2; echo "$out" >&2; exit 1; fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}
echo "== Warm-up, not measured"
run_wrk "$api$variant" 5 >/dev/null
run_wrk "http://127.0.0.1:$nginx_port/variant" 2 >/dev/null
echo "== Measured: $rounds alternating rounds, wrk -t2 -c64 -d${seconds}s"
printf '%-6s %-6s %12s %10s\n' round side 'req/s' 'p99'
api_rates=""; nginx_rates=""
for round in $(seq 1 "$rounds"); do
  read -r rate p99 < <(run_wrk "$api$variant" "$seconds"); printf '%-6s %-6s %12s %10s\n' "$round" API "$rate" "$p99"
  api_rates+="$rate "
  read -r rate p99 < <(run_wrk "http://127.0.0.1:$nginx_port/variant" "$seconds"); printf '%-6s %-6s %12s %10s\n' "$round" nginx "$rate" "$p99"
  nginx_rates+="$rate "
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
api_median=$(median <<<"$api_rates"); nginx_median=$(median <<<"$nginx_rates")
ratio=$(awk -v a="$api_median" -v n="$nginx_median" 'BEGIN {printf "%.2f", a / n}')
echo "median req/s: API $api_median, nginx $nginx_median, API/nginx $ratio; app RSS after the runs: $(rss_mb "$app_pid") MB"
awk -v r="$ratio" 'BEGIN {exit !(r >= 0.5)}' && echo "goal met: API/nginx >= 0.5" || { echo "goal missed: API/nginx < 0.5"; exit 1; }
