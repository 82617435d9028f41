#!/usr/bin/env bash
# Benchmark: the status board of a 200-pupil school right after a burst of 50,000 registration
# writes, on PostgreSQL, measured with wrk; /healthz of the same server in the same run is the
# trivial baseline. Results go to docs/benchmarks.md by hand, with this command.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
target="${CARGO_TARGET_DIR:-target}"
cargo build --release -q -p overstap-api --bin overstap --example status_board_bench
setup=$("$target/release/examples/status_board_bench")
echo "$setup"
db_url=$(echo "$setup" | sed -n 's/^DATABASE_URL=//p')
port=18090
OVERSTAP_ENV=development DATABASE_URL="$db_url" OVERSTAP_BIND="127.0.0.1:$port" OVERSTAP_SPA_DIR=/nonexistent \
  OVERSTAP_CLOCK_FIXED=2026-03-27T20:00:00+01:00 OVERSTAP_DB_MAX_CONNECTIONS=16 RUST_LOG=warn \
  "$target/release/overstap" serve &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
token=$(curl -fs -X POST "http://127.0.0.1:$port/api/v1/auth/staff/sign-in" -H 'content-type: application/json' \
  -d '{"email":"bench@example.org","password":"bench-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
pupils=$(curl -fs "http://127.0.0.1:$port/api/v1/school/status-board" -H "authorization: Bearer $token" \
  | python3 -c 'import json,sys; print(sum(len(c["pupils"]) for c in json.load(sys.stdin)["classes"]))')
echo "status board of a school with $pupils pupils"
duration="${BENCH_DURATION:-20s}"
echo "== GET /api/v1/school/status-board (16 connections, $duration)"
wrk -t2 -c16 -d"$duration" --latency -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/school/status-board"
echo "== GET /healthz (same server, same settings)"
wrk -t2 -c16 -d"$duration" --latency "http://127.0.0.1:$port/healthz"
