#!/usr/bin/env bash
# Lints the OpenAPI document the Tautoko host serves with Redocly's recommended rules; fails on any error.
# Usage: tools/openapi/lint.sh [document.json]   (without an argument it starts the built host and exports the document;
# build first: dotnet build Tautoko.slnx). Installs @redocly/cli from package-lock.json when node_modules is missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false
if [ ! -x "$here/node_modules/.bin/redocly" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
document="${1:-}"
if [ -z "$document" ]; then
  document="$(mktemp -d)/openapi.json"
  dotnet run --no-build --no-launch-profile -c Debug --project "$root/src/Tautoko.Web" -- openapi --out "$document" | grep -v '^{' || true
fi
[ -s "$document" ] || { echo "No OpenAPI document at $document"; exit 1; }
document="$(cd "$(dirname "$document")" && pwd)/$(basename "$document")"
cd "$here"
# Redocly exits non-zero on any error (warnings are printed, and counted in the summary).
node_modules/.bin/redocly lint --config redocly.yaml --format=summary --max-problems 1000 "$document" 2>&1 | grep -vE '^\s*(║|╔|╚)' | grep -v '^$'
exit "${PIPESTATUS[0]}"
