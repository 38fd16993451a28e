#!/usr/bin/env bash
# What the browser tests run against: the packaged API on a fresh embedded database holding the committee's seed
# bulletin and 150 generated ones, serving the built SPA (frontend/dist) on the same origin.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/backend/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ]; then echo "Build the backend first: mvn -B -q -f backend package -DskipTests" >&2; exit 1; fi
port=${E2E_PORT:-19470}
data=${TMPDIR:-/tmp}/bantin-e2e-$port
rm -rf "$data"
mkdir -p "$data"
cd "$root"
exec env BANTIN_ADMIN_PASSWORD=mat-khau-quan-tri-e2e BANTIN_DEMO_DATA=true BANTIN_DEMO_ARTICLES=150 BANTIN_DEMO_SEED=7 BANTIN_SITE_DIR="$root/frontend/dist" \
  java -Dquarkus.http.port="$port" -Dbantin.data-dir="$data" -jar "$jar"
