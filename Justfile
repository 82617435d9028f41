# Every entry point people and CI use. `just` is optional: each recipe calls a script.

# Build and start API + SPA on http://localhost:8080 with demo data (SQLite under ./data).
run:
    scripts/run.sh

# Every test: fmt, clippy, unit/property tests, SQLite + PostgreSQL suites, OpenAPI drift, e2e.
test:
    scripts/test.sh

# Only the browser journeys (needs a built server and SPA).
e2e:
    scripts/build-spa.sh
    cargo build -p overstap-api --bin overstap
    node --test --test-concurrency=1 e2e/tests/

lint:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets -- -D warnings

# Regenerate openapi/openapi.json from the code.
openapi:
    scripts/openapi.sh

# Start the SPA dev server (trunk serve, proxying /api to a running `just run`).
dev-frontend:
    cd frontend && trunk serve --offline
