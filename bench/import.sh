#!/usr/bin/env bash
# Import benchmark: the packaged app's import command on a generated folder of an old portal's pages
# (OldPortalPages in the backend's test classes: text and HTML mixed, one in twenty in Windows-1258, one in a hundred broken), into a
# fresh database, on PostgreSQL and on H2; then the same folder again (every page unchanged). Prints the command's
# own report line (pages/s since the start, Quarkus' start-up not included).
# Usage: bash bench/import.sh [pages, default 10000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pages=${1:-10000}

work=$(mktemp -d)
chmod 755 "$work"
stop_pg() {
  if [ -n "${BANTIN_TEST_PG_CTL:-}" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- $BANTIN_TEST_PG_CTL -m fast stop >/dev/null || true
    else $BANTIN_TEST_PG_CTL -m fast stop >/dev/null || true; fi
  fi
}
trap 'stop_pg; rm -rf "$work"' EXIT

for profile in pg prod; do
  mvn -B -q -f backend clean package -DskipTests -Dquarkus.profile=$profile
  cp -r backend/target/quarkus-app "$work/app-$profile"
done
eval "$(bash .ci/start-postgres "$work/postgres" 54350)"
mvn -B -q -f backend test-compile
java -cp backend/target/test-classes vn.bantin.importing.OldPortalPages "$work/pages" "$pages"
echo "Folder: $pages pages, $(du -sh "$work/pages" | cut -f1); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

run() { # name, then the java command's environment and arguments
  local name=$1; shift
  for pass in first again; do
    printf '%-11s %-6s ' "$name" "$pass"
    env "$@" import "$work/pages" 2>/dev/null | grep '^Imported' || true
  done
}
run postgresql QUARKUS_PROFILE=pg BANTIN_DB_URL="$BANTIN_TEST_PG_URL" BANTIN_DB_USER="$BANTIN_TEST_PG_USER" \
  BANTIN_DB_PASSWORD="$BANTIN_TEST_PG_PASSWORD" java -Dbantin.data-dir="$work/data-pg" -jar "$work/app-pg/quarkus-run.jar"
run h2 java -Dbantin.data-dir="$work/data-h2" -jar "$work/app-prod/quarkus-run.jar"
