#!/usr/bin/env bash
# Every test Soạn has, from a machine with only Node and npm (README: `npm test`).
# Installs what the tests need: Debian's Chromium, Java, Redis and PostgreSQL, then the npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests drive: Chromium (browser tests, exported pages), a Java runtime
# for the Nu Html Checker (vnu-jar) that validates exported HTML, and Redis and PostgreSQL for
# the sync server's scale-out test (tests/unit/server/scaleOut.test.ts starts its own).
chromium="${SOAN_CHROMIUM:-/usr/bin/chromium}"
packages=()
[ -x "$chromium" ] || packages+=(chromium)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null 2>&1 || packages+=(postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  echo "== installing from Debian: ${packages[*]}"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# npm ci only when the lock file changed since the last install (it wipes node_modules).
stamp=node_modules/.soan-installed
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi

echo "== type checking (renderer, services, Electron shell against electron.d.ts)"
npm run typecheck

echo "== electronegativity (static check of the Electron shell; fails on MEDIUM or above)"
node tests/security/electronegativity.mjs

echo "== building the renderer and the Electron shell"
npm run build

echo "== unit and browser tests"
mkdir -p tests/output
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=tests/output/vitest.json || status=$?
# One plain closing line, whatever the reporter prints above it.
node -e '
  const r = JSON.parse(require("fs").readFileSync("tests/output/vitest.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $status
