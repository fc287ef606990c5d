#!/usr/bin/env bash
# CI: the committed web/src/lib/api/schema.d.ts must be what the server's route schemas generate today.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
bash scripts/generate-api-types.sh "$fresh" >/dev/null
if ! diff -u web/src/lib/api/schema.d.ts "$fresh" --label committed --label generated; then
  echo "web/src/lib/api/schema.d.ts is stale against the server's schemas: run npm run api:types and commit it" >&2
  exit 1
fi
echo "api types: up to date"
