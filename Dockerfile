# syntax=docker/dockerfile:1
#
# The Overstap server image: the `overstap` binary plus the built SPA, which it serves from the
# same origin as the API. Build: `docker build -t overstap .` (BuildKit, for the cache mounts).
# Settings are environment variables (.env.example); run `overstap help` for the commands.

# --- Build tools that change rarely, cached apart from the source -----------------------------
FROM rust:1.95-bookworm AS tools
RUN cargo install trunk --version 0.21.14 --locked \
 && cargo install wasm-bindgen-cli --version 0.2.130

# wasm-opt from npm's binaryen 132: Debian's binaryen (108) produces bundles that fail in Chromium.
FROM node:22-bookworm-slim AS binaryen
WORKDIR /opt/binaryen
RUN npm install --no-audit --no-fund binaryen@132

# --- SPA and server -------------------------------------------------------------------------
FROM rust:1.95-bookworm AS builder
# rust-toolchain.toml asks for "stable", which rustup would download afresh; use the image's own
# toolchain (the same 1.95) instead.
ENV RUSTUP_TOOLCHAIN=$RUST_VERSION
RUN rustup target add wasm32-unknown-unknown
COPY --from=tools /usr/local/cargo/bin/trunk /usr/local/cargo/bin/wasm-bindgen /usr/local/cargo/bin/
COPY --from=binaryen /usr/local/bin/node /usr/local/bin/node
COPY --from=binaryen /opt/binaryen/node_modules /opt/binaryen/node_modules
ENV PATH=/opt/binaryen/node_modules/.bin:$PATH

WORKDIR /src
COPY . .

# The target directory is a cache mount, so the results are copied out of it in the same step.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/src/target \
    scripts/build-spa.sh \
 && cargo build --release --locked -p overstap-api --bin overstap \
 && install -D target/release/overstap /out/overstap \
 && cp -r frontend/dist /out/dist

# --- Runtime --------------------------------------------------------------------------------
FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 overstap \
 && useradd --system --uid 10001 --gid overstap --home-dir /app --shell /usr/sbin/nologin overstap \
 && mkdir -p /app/data \
 && chown overstap:overstap /app/data

COPY --from=builder /out/overstap /usr/local/bin/overstap
COPY --from=builder /out/dist /app/frontend/dist

WORKDIR /app
ENV OVERSTAP_ENV=production \
    OVERSTAP_BIND=0.0.0.0:8080 \
    OVERSTAP_SPA_DIR=/app/frontend/dist
USER 10001:10001
EXPOSE 8080
# SIGTERM drains in-flight requests for up to OVERSTAP_SHUTDOWN_TIMEOUT_SECONDS (default 30).
STOPSIGNAL SIGTERM
# No HEALTHCHECK here: the image carries no HTTP client. Orchestrators probe /healthz
# (liveness) and /readyz (readiness); docker-compose.yml does so with bash's /dev/tcp.
ENTRYPOINT ["/usr/local/bin/overstap"]
CMD ["serve"]
