#!/usr/bin/env bash
# The reader site as production serves it: Debian's nginx with nginx/bantin.conf.template serving the built SPA
# (frontend/dist) on E2E_PORT and proxying the API to the packaged backend (serve-backend.sh) on the next port.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
front=$(cd "$here/.." && pwd)
port=${E2E_PORT:-19480}
api_port=$((port + 1))
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
work=$(mktemp -d "${TMPDIR:-/tmp}/bantin-nginx.XXXXXX")
chmod 755 "$work"
E2E_PORT=$api_port BANTIN_TRUSTED_PROXIES=127.0.0.1 bash "$here/serve-backend.sh" &
backend=$!
trap 'kill $backend 2>/dev/null; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null; rm -rf "$work"' EXIT
cp "$front/nginx/bantin-headers.conf" "$front/nginx/bantin-proxy.conf" "$work/"
node "$front/scripts/nginx-conf.mjs" "$front/dist" "127.0.0.1:$port" "127.0.0.1:$api_port" >"$work/bantin.conf"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  include $work/bantin.conf;
}
CONF
"$nginx_bin" -t -q -c "$work/nginx.conf" -p "$work"
"$nginx_bin" -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
wait -n
