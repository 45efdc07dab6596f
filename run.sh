#!/usr/bin/env bash
# Runs Tautoko on its embedded default: a SQLite file (tautoko.db), seeded with synthetic demo
# data on first run. Prints the URL and the demo sign-ins. Extra arguments go to the host,
# e.g. ./run.sh --urls http://0.0.0.0:8080 or ./run.sh --db postgres://user:pass@host:5432/tautoko
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed: https://dotnet.microsoft.com/download (or apt-get install dotnet-sdk-10.0)." >&2
  exit 1
fi
dotnet build src/Tautoko.Web -c Release -nologo -v q -clp:ErrorsOnly
exec dotnet src/Tautoko.Web/bin/Release/net10.0/Tautoko.Web.dll --demo --db "Data Source=$(pwd)/tautoko.db" --urls "${TAUTOKO_URLS:-http://127.0.0.1:5080}" "$@"
