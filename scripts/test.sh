#!/usr/bin/env bash
# Runs every test: unit, integration on SQLite and PostgreSQL, and end-to-end in Chromium. Without
# SIGAP_TEST_PG_URL it starts a throwaway PostgreSQL cluster in a temporary folder and removes it
# afterwards. The end-to-end tests (test/e2e, in the same Vitest run) need the built web app and
# Debian's Chromium: both are prepared here, Chromium with apt-get when run as root.
# Ends with one line: "Tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

pg_dir=""
run_as_pg=()
stop_pg() {
  if [ -n "$pg_dir" ]; then
    "${run_as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap stop_pg EXIT

if [ -z "${SIGAP_TEST_PG_URL:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql-15)." >&2
    exit 1
  fi
  pg_dir=$(mktemp -d /tmp/sigap-pg.XXXXXX)
  chmod 755 "$pg_dir"
  mkdir -p "$pg_dir/data" "$pg_dir/sock"
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir/data" "$pg_dir/sock"
    run_as_pg=(runuser -u postgres --)
  fi
  port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  "${run_as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null || exit 1
  "${run_as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/data/pg.log" -w \
    -o "-k $pg_dir/sock -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { cat "$pg_dir/data/pg.log" >&2; exit 1; }
  export SIGAP_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "Throwaway PostgreSQL on 127.0.0.1:$port"
fi

# The e2e preparation runs for the whole suite, or when the arguments name test/e2e.
wants_e2e=1
if [ $# -gt 0 ]; then
  wants_e2e=0
  for arg in "$@"; do
    case "$arg" in *e2e*) wants_e2e=1 ;; esac
  done
fi
if [ "$wants_e2e" = 1 ]; then
  node scripts/ensure-web-build.mjs || exit 1
  # Built once for the whole run: the e2e harness must not rebuild (and empty web/dist) while
  # another test file's browser is loading it, even if a source changes meanwhile.
  export SIGAP_E2E_WEB_BUILT=1
  if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing Chromium (apt-get install chromium) for the end-to-end tests…"
      export DEBIAN_FRONTEND=noninteractive
      { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core; } >/dev/null ||
        echo "apt-get could not install chromium; the end-to-end tests will fail." >&2
    else
      echo "/usr/bin/chromium is missing and this is not root: run 'sudo apt-get install chromium'." >&2
    fi
  fi
fi

# docs/api-walkthrough.md is run by a test with curl (test/integration/walkthrough).
if ! command -v curl >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing curl (apt-get install curl) for the API walkthrough test…"
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl; } >/dev/null ||
      echo "apt-get could not install curl; the walkthrough test will fail." >&2
  else
    echo "curl is missing and this is not root: run 'sudo apt-get install curl'." >&2
  fi
fi

mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node scripts/test-summary.mjs test-results/vitest.json || status=1
exit $status
