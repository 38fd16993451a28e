#!/usr/bin/env bash
# Runs the integrators' guide (docs/integrators.md) as written: generates the TypeScript, Java and Python clients
# from the committed spec (pom.xml), extracts the guide's three snippets, and runs each against the packaged app
# on a fresh embedded database with a few demo bulletins. Needs the packaged backend (backend/target/quarkus-app),
# the frontend's node_modules (its TypeScript compiler and Node types) and python3 with pydantic 2, urllib3 2 and
# python-dateutil (what the generated Python client requires).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
jar=$root/backend/target/quarkus-app/quarkus-run.jar
tsc=$root/frontend/node_modules/.bin/tsc
[ -f "$jar" ] || { echo "Build the backend first: mvn -B -q -f backend package -DskipTests" >&2; exit 1; }
[ -x "$tsc" ] || { echo "Install the frontend's packages first: npm --prefix frontend ci" >&2; exit 1; }
python3 -c 'import pydantic, urllib3, dateutil, typing_extensions' \
  || { echo "python3 needs pydantic 2, urllib3 2, python-dateutil and typing_extensions" >&2; exit 1; }
snippets=$here/target/snippets
rm -rf "$snippets"
mkdir -p "$snippets/java" "$snippets/ts" "$snippets/python"

# Each fenced block whose info string names a file (```ts example.ts) is a snippet.
python3 - "$root/docs/integrators.md" "$snippets" <<'PY'
import os, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
folders = {"ts": "ts", "java": "java", "python": "python"}
found = re.findall(r"^```(\w+) ([\w.]+)\n(.*?)^```$", text, re.S | re.M)
assert {lang for lang, _, _ in found} == set(folders), f"one snippet per language, found {[f[1] for f in found]}"
for lang, name, code in found:
    with open(os.path.join(sys.argv[2], folders[lang], name), "w", encoding="utf-8") as out:
        out.write(code)
PY

echo "== Generating the clients and compiling the Java snippet"
mvn -B -q -f "$here/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt" \
  >"$here/target/maven.log" 2>&1 || { grep -v '^#' "$here/target/maven.log"; exit 1; }
cp -r "$here/target/clients/typescript" "$snippets/ts/bantin-ts"
(cd "$snippets/ts" && "$tsc" --module commonjs --target es2020 --lib es2020,dom --types node \
  --typeRoots "$root/frontend/node_modules/@types" --skipLibCheck --strict --outDir out example.ts)

port=${CLIENTS_PORT:-19690}
data=$(mktemp -d "${TMPDIR:-/tmp}/bantin-clients.XXXXXX")
BANTIN_DEMO_DATA=true BANTIN_DEMO_ARTICLES=10 BANTIN_DEMO_SEED=7 \
  java -Dquarkus.http.port="$port" -Dbantin.data-dir="$data" -jar "$jar" >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do curl -sf -o /dev/null "http://localhost:$port/q/health/ready" && break; sleep 0.5; done
export BANTIN_URL=http://localhost:$port

echo "== TypeScript (typescript-fetch)"
node "$snippets/ts/out/example.js"
echo "== Java (native)"
java -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" Example
echo "== Python"
PYTHONPATH="$here/target/clients/python" python3 "$snippets/python/example.py"
echo "The integrators' guide runs as written in all three languages."
