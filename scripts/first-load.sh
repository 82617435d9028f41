#!/usr/bin/env bash
# The parent's first load (bytes as sent, brotli and gzip-only) and first contentful paint on a
# phone profile with 4x CPU throttling, in Chromium against the real server with demo data.
# Needs a built SPA (scripts/build-spa.sh) and the server (cargo build -p overstap-api);
# scripts/bootstrap.sh test installs Chromium and the e2e packages. Results go to
# docs/benchmarks.md by hand, with this command. FIRST_LOAD_RUNS sets the runs per figure (5).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
node scripts/first-load.mjs
