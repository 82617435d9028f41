#!/usr/bin/env bash
# Installs what building and running Overstap needs, each step guarded so a second run is quick.
# Usage: scripts/bootstrap.sh [run|test]   (test also installs Chromium, e2e packages, the SMTP sink)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
TOOLS="$PWD/.tools"
mkdir -p "$TOOLS"
# `cargo install` puts trunk and wasm-bindgen here; a fresh shell may not have it on PATH.
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1;34m[bootstrap]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 6 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt from npm's binaryen: Debian's version 108 produces bundles that fail in Chromium.
if [ ! -x "$TOOLS/node_modules/.bin/wasm-opt" ]; then
  log "installing binaryen (wasm-opt) from npm"
  (cd "$TOOLS" && [ -f package.json ] || echo '{"private":true}' > "$TOOLS/package.json"; cd "$TOOLS" && npm install --no-audit --no-fund binaryen@132 >/dev/null)
fi

if ! command -v just >/dev/null 2>&1 && [ ! -x "$TOOLS/venv/bin/just" ]; then
  log "installing just (rust-just from PyPI, in a venv)"
  python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install --quiet rust-just
fi

if [ "$mode" = "test" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    log "installing Chromium from the Debian packages"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  # Reinstall when the lock file is newer than the installed tree (a package was added).
  if [ ! -d e2e/node_modules ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    log "installing the e2e node packages"
    (cd e2e && npm ci --no-audit --no-fund)
  fi
  log "checking the contract tools (openapi-spec-validator, Spectral)"
  scripts/contract-lint.sh --install-only
  if [ ! -x "$TOOLS/venv/bin/aiosmtpd" ]; then
    log "installing the local SMTP sink (aiosmtpd)"
    [ -x "$TOOLS/venv/bin/pip" ] || python3 -m venv "$TOOLS/venv"
    "$TOOLS/venv/bin/pip" install --quiet aiosmtpd
  fi
fi
log "tools ready"
