#!/usr/bin/env bash
# Builds the SPA's three bundles (release) into frontend/dist and stores a brotli and a gzip copy
# of each asset beside it (the server sends those to browsers that accept them).
#   frontend/dist/         the welcome bundle (index.html): landing page, parent sign-in,
#                          activation, password reset, privacy statement
#   frontend/dist/portal/  the parent bundle (portal.html): the signed-in parent's portal
#   frontend/dist/staff/   the staff bundle (staff.html): school sign-in and staff workspaces
#   frontend/dist/locales/ each language's texts, named by content (crates/locales)
# Which paths belong to which bundle: crates/api-types/src/spa.rs.
set -euo pipefail
cd "$(dirname "$0")/../frontend"
export PATH="$PWD/../.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The welcome build empties dist/ (portal/ and staff/ included), so it goes first.
trunk build --release --offline=true index.html
trunk build --release --offline=true portal.html --dist dist/portal --public-url /portal/
trunk build --release --offline=true staff.html --dist dist/staff --public-url /staff/
# Each language's texts (checked and compiled from locales/), fetched when a reader chooses it.
cargo run --quiet -p overstap-locales -- dist/locales
node ../scripts/precompress.mjs dist
