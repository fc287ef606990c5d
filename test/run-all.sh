#!/usr/bin/env bash
# The whole test suite: unit rules, the API on the embedded PGlite, the same API tests on PostgreSQL,
# and (when present) the browser tests. Under CI=true a suite that cannot run is a failure, not a skip.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0
summaries=()

run_suite() { # name, env..., -- vitest args...
  local name=$1; shift
  local report="test-results/$name.json"
  rm -f "$report"
  env "$@" --reporter=default --reporter=json --outputFile="$report" || status=1
  if [ -f "$report" ]; then
    summaries+=("$name: $(node -e "const r=require('./$report');console.log(r.numPassedTests+' passed, '+r.numFailedTests+' failed')")")
  else
    summaries+=("$name: did not run"); status=1
  fi
}

echo "== unit and API tests on the embedded database (PGlite)"
run_suite pglite npx vitest run --project unit --project api --project system

echo "== API tests on PostgreSQL"
if node --import tsx test/pg-reachable.ts; then
  run_suite postgres TEST_DATABASE=postgres npx vitest run --project api
elif [ "${CI:-}" = "true" ]; then
  echo "FAIL: CI requires the PostgreSQL run"; summaries+=("postgres: skipped (not allowed in CI)"); status=1
else
  echo "SKIPPED: the PostgreSQL run (start PostgreSQL on 127.0.0.1:5432 or set TEST_PG_ADMIN_URL to include it)"
  summaries+=("postgres: skipped, no server")
fi

echo "== reliability: a database outage under load (a throwaway PostgreSQL of its own)"
run_suite reliability npx vitest run --project reliability

echo "== browser tests (the built dashboard in Debian's chromium)"
if npm run build:web >test-results/build-web.log 2>&1; then
  run_suite browser npx vitest run --project e2e
else
  cat test-results/build-web.log; echo "FAIL: the dashboard did not build"; summaries+=("browser: dashboard build failed"); status=1
fi

echo
echo "== summary"
printf '%s\n' "${summaries[@]}"
node -e "
const fs=require('fs');let p=0,f=0;
for (const n of ['pglite','postgres','reliability','browser']) { const file='test-results/'+n+'.json'; if (fs.existsSync(file)) { const r=require('./'+file); p+=r.numPassedTests; f+=r.numFailedTests; } }
console.log('total: '+p+' passed, '+f+' failed');"
exit $status
