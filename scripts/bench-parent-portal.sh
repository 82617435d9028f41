#!/usr/bin/env bash
# Benchmark: the parent portal during the registration week, on PostgreSQL. Seeds a fresh
# database (40,000 parents in AG with a five-school havo list; OVERSTAP_BENCH_PARENTS), starts
# the release server in the same process with the clock fixed at 2026-03-26 10:00, and measures
# confirm (closed and open model), reading one's own registration, sign-in with confirms, and
# /healthz as the trivial baseline of the same server in the same run. Then, if a built SPA is
# present (frontend/dist, made by scripts/build-spa.sh; this script does not build it), the parent
# bundle's first-load size, brotli and gzip. Results go to docs/benchmarks.md by hand, with this command.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cargo run --release -q -p overstap-api --example parent_portal_bench
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

dist="${OVERSTAP_SPA_DIR:-frontend/dist}"
if ls "$dist"/*.wasm >/dev/null 2>&1; then
  # A parent's first load is the parent bundle in dist/ (not dist/staff/): index.html's wasm,
  # JS and CSS, as the server sends them (the .br/.gz copies made by scripts/build-spa.sh).
  echo "== parent SPA first load ($dist): raw, brotli (sent to browsers that accept br), gzip"
  total_raw=0; total_br=0; total_gz=0
  for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
    [ -f "$f" ] || continue
    raw=$(stat -c %s "$f")
    br=$( [ -f "$f.br" ] && stat -c %s "$f.br" || echo 0)
    gz=$( [ -f "$f.gz" ] && stat -c %s "$f.gz" || gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_br=$((total_br + br)); total_gz=$((total_gz + gz))
    printf '%-52s %9d bytes %9d br %9d gzip\n' "$(basename "$f")" "$raw" "$br" "$gz"
  done
  printf '%-52s %9d bytes %9d br %9d gzip\n' "total (.wasm + .js + .css)" "$total_raw" "$total_br" "$total_gz"
else
  echo "== no built SPA in $dist (no .wasm; scripts/build-spa.sh makes it): first-load size not measured"
fi
