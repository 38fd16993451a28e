#!/usr/bin/env bash
# Import benchmark: the packaged app's import command on a generated folder of an old portal's pages
# (OldPortalPages in the backend's test classes: text and HTML mixed, one in twenty in Windows-1258, one in a hundred broken), into a
# fresh database, on PostgreSQL and on H2; then the same folder again (every page unchanged). Prints the command's
# own report line (pages/s since the start, Quarkus' start-up not included). Each database is run with the JVM
# option the README gives the command (-XX:TieredStopAtLevel=1: no C2 compiler, see bench/README.md "Import")
# and, for comparison, with the JVM's defaults.
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

psql_admin() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p 54350 -U postgres -q "$@"
  else "$bin/psql" -h 127.0.0.1 -p 54350 -U postgres -q "$@"; fi
}
c1=-XX:TieredStopAtLevel=1
run() { # name, jvm options, then the java command's environment and arguments up to -jar's target
  local name=$1 jvm=$2; shift 2
  for pass in first again; do
    printf '%-11s %-22s %-6s ' "$name" "${jvm:-(JVM defaults)}" "$pass"
    env "$@" import "$work/pages" 2>/dev/null | grep '^Imported' || true
  done
}
pg() { # a fresh database for each run
  psql_admin -c "create database $1 owner bantin"
  echo QUARKUS_PROFILE=pg BANTIN_DB_URL="jdbc:postgresql://127.0.0.1:54350/$1" BANTIN_DB_USER="$BANTIN_TEST_PG_USER" \
    BANTIN_DB_PASSWORD="$BANTIN_TEST_PG_PASSWORD"
}
# shellcheck disable=SC2046 # pg prints the environment as words
run postgresql "$c1" $(pg import_c1) java $c1 -Dbantin.data-dir="$work/data-pg-c1" -jar "$work/app-pg/quarkus-run.jar"
# shellcheck disable=SC2046
run postgresql "" $(pg import_default) java -Dbantin.data-dir="$work/data-pg" -jar "$work/app-pg/quarkus-run.jar"
run h2 "$c1" java $c1 -Dbantin.data-dir="$work/data-h2-c1" -jar "$work/app-prod/quarkus-run.jar"
run h2 "" java -Dbantin.data-dir="$work/data-h2" -jar "$work/app-prod/quarkus-run.jar"
