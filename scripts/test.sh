#!/usr/bin/env bash
# Runs every test: unit, and integration on SQLite and PostgreSQL. Without SIGAP_TEST_PG_URL it
# starts a throwaway PostgreSQL cluster in a temporary folder and removes it afterwards.
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

mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?
node scripts/test-summary.mjs test-results/vitest.json || status=1
exit $status
