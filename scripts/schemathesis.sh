#!/usr/bin/env bash
# Schemathesis (PyPI) against the committed OpenAPI contract, on a real server with the demo
# region on SQLite, once per role with that role's token (API clients of a PO and a VO school too): every generated request must get an
# answer that is not a server error and conforms to the contract (status, content type,
# headers, body), a request the schema forbids is refused, and an undocumented method is a 405.
#
#   scripts/schemathesis.sh [EXAMPLES]   # per operation and phase; 20 in the test command
#
# Needs target/debug/overstap (built by `cargo test --workspace`) and installs schemathesis into
# .tools/venv on first use. A longer run: EXAMPLES=500 (see docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")/.."
EXAMPLES="${1:-${EXAMPLES:-20}}"
TOOLS="$PWD/.tools"
BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/overstap"
[ -x "$BIN" ] || { echo "schemathesis: $BIN is missing; run cargo test --workspace first" >&2; exit 1; }
if [ ! -x "$TOOLS/venv/bin/st" ]; then
  [ -x "$TOOLS/venv/bin/pip" ] || python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install --quiet 'schemathesis>=4.32,<5'
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/overstap-schemathesis.XXXXXX")"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
URL="http://127.0.0.1:$PORT"
export OVERSTAP_ENV=development
export OVERSTAP_CLOCK_FIXED="2026-03-26T10:00:00+01:00"
export OVERSTAP_BIND="127.0.0.1:$PORT"
export OVERSTAP_SPA_DIR="$WORK/no-spa"
export OVERSTAP_SIGN_IN_PER_ACCOUNT_PER_MINUTE=100000 OVERSTAP_SIGN_IN_PER_IP_PER_MINUTE=100000
export OVERSTAP_LOG_FORMAT=json RUST_LOG="${RUST_LOG:-warn}"
unset SMTP_URL
SERVER=""
stop_server() { [ -z "$SERVER" ] || { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }; SERVER=""; }
trap 'stop_server; rm -rf "$WORK"' EXIT

# Each role gets a fresh demo region: Schemathesis reuses ids it read from answers, so a
# coordinator's run may deactivate or re-invite the very accounts the next role signs in with.
start_server() { # role → a server on a fresh demo database
  export DATABASE_URL="sqlite://$WORK/$1.db?mode=rwc"
  "$BIN" seed-demo --json 2>/dev/null | tail -n 1 > "$WORK/demo.json"
  "$BIN" serve >> "$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 100); do
    curl -fs "$URL/healthz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "schemathesis: the server did not start" >&2
  exit 1
}

token() { # role → access token of the role's first demo account, or of an API client
  python3 - "$WORK/demo.json" "$URL" "$1" <<'PY'
import base64, json, sys, urllib.error, urllib.parse, urllib.request
demo, url, role = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]

def call(path, body=None, headers=None, form=False):
    headers = dict(headers or {})
    data = None
    if body is not None:
        if form:
            data = urllib.parse.urlencode(body).encode()
            headers["content-type"] = "application/x-www-form-urlencoded"
        else:
            data = json.dumps(body).encode()
            headers["content-type"] = "application/json"
    try:
        return json.load(urllib.request.urlopen(urllib.request.Request(url + path, data, headers)))
    except urllib.error.HTTPError as error:
        sys.exit(f"schemathesis: {role}: {path} answered {error.code} {error.read().decode()}")

if role.startswith("api_client_"):
    # A client with every scope for one school of the kind, made by the coordinator.
    kind = role.removeprefix("api_client_")
    coordinator = next(a for a in demo["accounts"] if a["role"] == "coordinator")
    staff = call("/api/v1/auth/staff/sign-in", {"email": coordinator["username"], "password": coordinator["password"]})
    bearer = {"authorization": "Bearer " + staff["access_token"]}
    school = next(s for s in call("/api/v1/region/schools", headers=bearer)["schools"] if s["kind"] == kind)
    made = call("/api/v1/api-clients", {"name": f"schemathesis {kind}", "school_ids": [school["id"]],
        "scopes": ["pupils:read", "pupils:write", "registrations:read", "placements:read"],
        # The clock stands still here: every request falls in one minute of the rate limit.
        "requests_per_minute": 6000}, bearer)
    basic = base64.b64encode(f'{made["client"]["id"]}:{made["client_secret"]}'.encode()).decode()
    print(call("/api/v1/oauth/token", {"grant_type": "client_credentials"}, {"authorization": "Basic " + basic}, form=True)["access_token"])
    sys.exit(0)
account = next(a for a in demo["accounts"] if a["role"] == role)
if role == "parent":
    path, body = "/api/v1/auth/parent/sign-in", {"elk_number": account["username"], "password": account["password"]}
else:
    path, body = "/api/v1/auth/staff/sign-in", {"email": account["username"], "password": account["password"]}
request = urllib.request.Request(url + path, json.dumps(body).encode(), {"content-type": "application/json"})
try:
    print(json.load(urllib.request.urlopen(request))["access_token"])
except urllib.error.HTTPError as error:
    sys.exit(f"schemathesis: {role} cannot sign in: {error.code} {error.read().decode()}")
PY
}

# Schemathesis's conformance checks: no server error; every status, content type, header and
# body as documented; a request the schema forbids is refused (4xx); a method a path does not
# document answers 405. (`positive_data_acceptance` is left out: a schema cannot say that a
# board's name is taken or a password is wrong; those refusals are documented 4xx answers.)
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection,unsupported_method
failed=0
for role in coordinator board_admin po_staff vo_staff parent api_client_po api_client_vo; do
  echo "== schemathesis as $role ($EXAMPLES examples per operation and phase)"
  start_server "$role"
  bearer="$(token "$role")" || { echo "schemathesis: no token for $role" >&2; exit 1; }
  if ! "$TOOLS/venv/bin/st" --config-file scripts/schemathesis.toml run openapi/openapi.json --url "$URL" \
      -H "Authorization: Bearer $bearer" \
      --checks "$CHECKS" \
      --workers 1 --max-examples "$EXAMPLES" --phases examples,coverage,fuzzing \
      --seed 20261206 --warnings off; then
    failed=1
  fi
  stop_server
done
# Errors the server logged itself (actix's own parser refusing a malformed header with a 400
# is the client's mistake, not ours).
errors="$(grep '"level":"ERROR"' "$WORK/server.log" | grep -v '"target":"actix_http::h1::dispatcher"' || true)"
if [ -n "$errors" ]; then
  echo "schemathesis: the server logged errors:" >&2
  echo "$errors" | head -20 >&2
  failed=1
fi
exit "$failed"
