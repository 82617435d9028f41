#!/usr/bin/env bash
# Builds and starts Overstap (API + SPA) on http://localhost:8080 with the embedded SQLite
# database under ./data, filled with the demo region on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh run
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "[run] building the SPA (two bundles, release)"
scripts/build-spa.sh
echo "[run] building the server"
cargo build -p overstap-api --bin overstap
target_dir="${CARGO_TARGET_DIR:-target}"

# Without OVERSTAP_ENV the server runs as production; the demo is development, said here.
export OVERSTAP_ENV="${OVERSTAP_ENV:-development}"
export OVERSTAP_DEMO_DATA="${OVERSTAP_DEMO_DATA:-true}"
export OVERSTAP_BIND="${OVERSTAP_BIND:-127.0.0.1:8080}"
export OVERSTAP_SPA_DIR="${OVERSTAP_SPA_DIR:-frontend/dist}"
export DATABASE_URL="${DATABASE_URL:-sqlite://data/overstap.db?mode=rwc}"
# The demo region's calendar is Amstelland 2026; unless told otherwise the clock starts on the
# second day of its registration week, so every action of the procedure can be tried.
if [ -z "${OVERSTAP_CLOCK_FIXED:-}" ] && [ -z "${OVERSTAP_CLOCK_START:-}" ]; then
  export OVERSTAP_CLOCK_START="2026-03-26T09:00:00+01:00"
  echo "[run] demo clock starts at $OVERSTAP_CLOCK_START (set OVERSTAP_CLOCK_START to change)"
fi
echo "[run] starting on http://localhost:${OVERSTAP_BIND##*:} (Ctrl-C stops)"
exec "$target_dir/debug/overstap" serve
