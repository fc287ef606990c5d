#!/usr/bin/env bash
# Writes the OpenAPI document from the routes and lints it with Redocly (recommended rules) and Spectral (oas),
# failing on any error or warning. The linters are a package of their own in tools/openapi-lint.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=tools/openapi-lint
[ -x "$tools/node_modules/.bin/redocly" ] || npm ci --prefix "$tools" --no-audit --no-fund >/dev/null
# Written where .redocly.lint-ignore.yaml names it.
mkdir -p test-results
document=test-results/openapi.json
node --import tsx scripts/openapi-document.ts "$document"
# Redocly exits 0 on warnings: its JSON report is counted instead, after the readable one is printed.
"$tools/node_modules/.bin/redocly" lint "$document" --config redocly.yaml --max-problems 50 || true
"$tools/node_modules/.bin/redocly" lint "$document" --config redocly.yaml --format=json 2>/dev/null \
  | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const t=JSON.parse(s).totals;console.log('redocly: '+t.errors+' errors, '+t.warnings+' warnings');process.exit(t.errors+t.warnings>0?1:0)})"
# Spectral exits non-zero on errors only; --fail-severity=warn makes a warning fail too.
"$tools/node_modules/.bin/spectral" lint "$document" --ruleset .spectral.yaml --fail-severity=warn
