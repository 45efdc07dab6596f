#!/usr/bin/env bash
# Runs every Tautoko test: unit, HTTP integration on SQLite and PostgreSQL, and browser tests in
# headless Chromium. Installs what is missing (Debian postgresql, chromium), starts a throw-away
# PostgreSQL in a temporary directory on a free loopback port, and stops it afterwards.
set -euo pipefail
cd "$(dirname "$0")"
export DEBIAN_FRONTEND=noninteractive DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need_apt=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing ${need_apt[*]} ..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -y -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# --- PostgreSQL in a temporary directory on a free port -------------------------------------
pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_dir=$(mktemp -d /tmp/tautoko-pg.XXXXXX)
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 20000) + 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}
pg_port=$(free_port)
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pg_dir"; fi
stop_pg() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export TAUTOKO_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"

# --- build once, then every test project --------------------------------------------------------
dotnet build Tautoko.slnx -c Debug -nologo -v q -clp:ErrorsOnly
passed=0; failed=0; skipped=0; status=0
results=$(mktemp -d)
for project in tests/Tautoko.Core.Tests tests/Tautoko.Data.Tests tests/Tautoko.Web.Tests tests/Tautoko.Browser.Tests; do
  [ -d "$project" ] || continue
  name=$(basename "$project")
  echo "== $name"
  set +e
  dotnet test "$project" --no-build -c Debug -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | tee "$results/$name.log" | grep -E "^(  Failed |Failed!|Passed!|  Error Message|Error:)" 
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || status=1
  line=$(grep -E "(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+, +Skipped: +[0-9]+" "$results/$name.log" | tail -n 1 || true)
  if [ -n "$line" ]; then
    f=$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line"); p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line"); s=$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")
    passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  elif [ "$rc" -ne 0 ]; then
    echo "$name did not run:"; tail -n 30 "$results/$name.log"; failed=$((failed + 1))
  fi
done
# --- the OpenAPI document the host serves, linted with Redocly's recommended rules (any error fails) ----------
echo "== OpenAPI lint (tools/openapi)"
set +e
tools/openapi/lint.sh > "$results/openapi-lint.log" 2>&1
rc=$?
set -e
grep -E "^(error|warning) |Validation failed|valid\." "$results/openapi-lint.log" || true
if [ "$rc" -eq 0 ]; then
  passed=$((passed + 1))
else
  echo "The OpenAPI document has lint errors:"; tail -n 40 "$results/openapi-lint.log"; failed=$((failed + 1)); status=1
fi
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
