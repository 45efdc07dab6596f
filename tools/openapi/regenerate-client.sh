#!/usr/bin/env bash
# Regenerates the C# client the tests use (Kiota 1.38.0, from dotnet-tools.json) from the document the host serves.
# Run after changing the API (build first: dotnet build src/Tautoko.Web); the test
# ApiContractTests.GeneratedClient_IsGeneratedFromTheServedDocument fails until you do.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
target="$root/tests/Tautoko.ApiClient"
raw="$(mktemp -d)/openapi.json"
dotnet run --no-build --no-launch-profile -c Debug --project "$root/src/Tautoko.Web" -- openapi --out "$raw" | grep -v '^{' || true
# The served URL names a throw-away port: the committed document names the default local host instead (tests give the client the real address).
node -e 'const fs=require("fs");const d=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));d.servers=[{url:"http://127.0.0.1:5080"}];fs.writeFileSync(process.argv[2],JSON.stringify(d,null,2)+"\n");' "$raw" "$target/openapi.json"
cd "$root"
dotnet tool restore >/dev/null
KIOTA_TUTORIAL_ENABLED=false KIOTA_OFFLINE_ENABLED=true dotnet kiota generate --language CSharp --openapi "$target/openapi.json" --output "$target/Generated" \
  --class-name TautokoApiClient --namespace-name Tautoko.OpenApiClient --exclude-backward-compatible --clean-output --log-level Warning
rm -f "$target/Generated/.kiota.log"
echo "Client regenerated in $target/Generated"
