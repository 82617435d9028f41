#!/usr/bin/env bash
# The committed OpenAPI contract as the tools integrators use read it: openapi-spec-validator
# (PyPI) and Spectral's `spectral:oas` ruleset (npm, see .spectral.yaml). Both must report
# nothing: no error and no warning. Installs both into .tools on first use (scripts/bootstrap.sh
# test does it too).
#
#   scripts/contract-lint.sh [openapi/openapi.json]   # or --install-only
set -euo pipefail
cd "$(dirname "$0")/.."
CONTRACT="${1:-openapi/openapi.json}"
TOOLS="$PWD/.tools"
OSV_VERSION=0.9.0
SPECTRAL_VERSION=6.16.3

if [ ! -x "$TOOLS/venv/bin/openapi-spec-validator" ]; then
  [ -x "$TOOLS/venv/bin/pip" ] || python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install --quiet "openapi-spec-validator==$OSV_VERSION"
fi
if [ ! -x "$TOOLS/node_modules/.bin/spectral" ]; then
  (cd "$TOOLS" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
    && npm install --no-audit --no-fund "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null)
fi

[ "$CONTRACT" = "--install-only" ] && exit 0

echo "openapi-spec-validator $OSV_VERSION: $CONTRACT"
"$TOOLS/venv/bin/openapi-spec-validator" --subschema-errors all "$CONTRACT"

echo "spectral $SPECTRAL_VERSION (spectral:oas): $CONTRACT"
# Spectral exits non-zero at the given severity; `hint` would also fail on hints (none today).
"$TOOLS/node_modules/.bin/spectral" lint --ruleset .spectral.yaml --fail-severity warn \
  --format text "$CONTRACT"
echo "the contract passes both tools"
