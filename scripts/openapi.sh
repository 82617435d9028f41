#!/usr/bin/env bash
# Regenerates openapi/openapi.json from the code (the drift test compares against it).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run -q -p overstap-api --bin overstap -- openapi > openapi/openapi.json.tmp
mv openapi/openapi.json.tmp openapi/openapi.json
echo "openapi/openapi.json regenerated"
