#!/usr/bin/env python3
"""Load driver of the fault tests: `scripts/fault-tests.sh` runs it; docs/fault-tests.md.

Python 3.11, standard library only: one keep-alive HTTP connection per thread, threads from
a ThreadPoolExecutor, psql for reading PostgreSQL (PGHOST, PGPORT, PGUSER as set by the
script). Every subcommand prints its figures and one line `PASS <name>` or `FAIL <name>: why`;
it exits 0 when its claim holds, 1 when it does not, 2 on a set-up error (nothing was proved).
With `--figures FILE` it also appends its figures to FILE as one JSON object.

  sign-in     sign each seeded parent in (the seed's JSON lines); writes them with a token
  kill        confirm every parent from many threads; kill -9 the server once N are acknowledged
  verify      read PostgreSQL: every acknowledged confirm is there, no registration half-written
  replay      after a new server started: acknowledged confirms answer the same again, the
              others (same Idempotency-Key) go through now
  pg-restart  steady load while PostgreSQL stops and starts: only 200 and 503 (with
              Retry-After) meanwhile, 200 again within a bound, the same server process
  spray       password spray from a few addresses; the real parents sign in from their own
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

SIGN_IN = "/api/v1/auth/parent/sign-in"
CONFIRM = "/api/v1/parent/registration/confirm"
REGISTRATION = "/api/v1/parent/registration"

# ~100 passwords people choose: the world's most common ones and Dutch favourites. None is
# the seeded parents' password (a long passphrase), as none would be a real parent's.
COMMON_PASSWORDS = [
    "123456", "123456789", "12345678", "12345", "1234567", "1234567890", "111111", "000000",
    "123123", "654321", "987654321", "112233", "121212", "666666", "888888", "159753",
    "password", "password1", "Password1!", "passw0rd", "qwerty", "qwerty123", "qwertyuiop",
    "1q2w3e4r", "zaq12wsx", "asdfgh", "asdfghjkl", "abc123", "1234abcd", "abcd1234",
    "iloveyou", "admin", "letmein", "welcome", "welcome1", "monkey", "dragon", "football",
    "sunshine", "princess", "superman", "batman", "trustno1", "master", "shadow", "michael",
    "jennifer", "computer", "internet", "test", "test123", "test1234", "wachtwoord",
    "wachtwoord1", "Wachtwoord123", "welkom", "welkom01", "welkom123", "Welkom01!",
    "Welkom2026", "geheim", "geheim123", "hallo", "hallo123", "hallo1234", "voetbal", "ajax",
    "feyenoord", "psv", "amsterdam", "Amsterdam1", "rotterdam", "nederland", "holland",
    "oranje", "fiets", "tulp", "knuffel", "poes", "hond", "liefde", "schatje", "schat123",
    "zomer2025", "winter2025", "herfst2025", "lente2026", "ouders2026", "school2026",
    "kinderen", "mijnkind", "basisschool", "groep8", "brugklas", "havo2026", "vwo2026",
    "overstap", "overstap2026", "aanmelding", "2026",
]


class SetupError(Exception):
    """Something the test needs is missing: nothing was proved either way."""


# ---------------------------------------------------------------------------------------------
# HTTP


@dataclass
class Response:
    status: int  # 0: no answer (refused, reset, timed out)
    headers: dict[str, str]
    body: bytes
    error: str | None = None

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None


# Requests sent again because the server had closed their reused keep-alive connection.
STALE_RETRIES: Counter = Counter()
STALE_LOCK = threading.Lock()


class Http:
    """One keep-alive connection per thread to the server at `base`."""

    def __init__(self, base: str, timeout: float = 60.0):
        url = urllib.parse.urlsplit(base)
        self.host, self.port, self.timeout = url.hostname, url.port or 80, timeout
        self.local = threading.local()

    def request(self, method, path, body=None, headers=None, fresh=False) -> Response:
        """Sends once; a request that may be repeated (a GET, or one with an Idempotency-Key)
        and found its reused keep-alive connection closed by the server is sent again on a new
        connection, as HTTP clients do (RFC 9110, 9.2.2). Such retries are counted."""
        reused = getattr(self.local, "conn", None) is not None and not fresh
        response = self._send(method, path, body, headers, fresh)
        repeatable = method == "GET" or any(k.lower() == "idempotency-key" for k in (headers or {}))
        if response.status == 0 and reused and repeatable:
            with STALE_LOCK:
                STALE_RETRIES[method] += 1
            response = self._send(method, path, body, headers, True)
        return response

    def _send(self, method, path, body, headers, fresh) -> Response:
        conn = None if fresh else getattr(self.local, "conn", None)
        if conn is None:
            self.close()
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self.local.conn = conn
        data = None if body is None else json.dumps(body).encode()
        sent_headers = {"content-type": "application/json"} if data is not None else {}
        sent_headers.update(headers or {})
        try:
            conn.request(method, path, body=data, headers=sent_headers)
            answer = conn.getresponse()
            payload = answer.read()
            received = {k.lower(): v for k, v in answer.getheaders()}
            if answer.will_close:
                self.close()
            return Response(answer.status, received, payload)
        except (OSError, http.client.HTTPException) as e:
            self.close()
            return Response(0, {}, b"", f"{type(e).__name__}: {e}")

    def close(self):
        conn = getattr(self.local, "conn", None)
        if conn is not None:
            conn.close()
        self.local.conn = None


def bearer(token: str, **more) -> dict[str, str]:
    return {"authorization": f"Bearer {token}", **more}


# ---------------------------------------------------------------------------------------------
# Files, PostgreSQL, reporting


def read_lines(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_lines(path: str, rows) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, sort_keys=True) + "\n")


def psql(database: str, sql: str) -> list[list[str]]:
    """Rows of tab-separated text; PGHOST, PGPORT and PGUSER come from the environment."""
    done = subprocess.run(
        ["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-d", database,
         "-c", sql],
        capture_output=True, text=True,
    )
    if done.returncode != 0:
        raise SetupError(f"psql on {database}: {done.stderr.strip()}")
    return [line.split("\t") for line in done.stdout.splitlines() if line != ""]


def load_average() -> str:
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def utc_now() -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())


@dataclass
class Report:
    """Figures to print and keep, and the claims that failed."""

    name: str
    figures: dict = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def figure(self, key: str, value, text: str | None = None):
        self.figures[key] = value
        print(f"  {text or key}: {value}", flush=True)

    def check(self, holds: bool, claim: str):
        print(f"  [{'ok' if holds else 'FAILED'}] {claim}", flush=True)
        if not holds:
            self.failures.append(claim)

    def finish(self, figures_file: str | None) -> int:
        self.figures["failures"] = self.failures
        self.figures["finished_at"] = utc_now()
        self.figures["load_average"] = load_average()
        if figures_file:
            with open(figures_file, "a", encoding="utf-8") as f:
                f.write(json.dumps({"step": self.name, **self.figures}, sort_keys=True) + "\n")
        if self.failures:
            print(f"FAIL {self.name}: {'; '.join(self.failures)}", flush=True)
            return 1
        print(f"PASS {self.name}", flush=True)
        return 0


def statuses(counter: Counter) -> str:
    return ", ".join(f"{n}×{status or 'no answer'}" for status, n in sorted(counter.items())) or "none"


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ---------------------------------------------------------------------------------------------
# sign-in: a token per parent, before the faults


def cmd_sign_in(args) -> int:
    report = Report("sign-in")
    parents = read_lines(args.parents)
    client = Http(args.base)
    started = time.monotonic()

    def one(parent):
        for _ in range(5):
            r = client.request("POST", SIGN_IN, {"elk_number": parent["elk_number"],
                                                 "password": parent["password"]})
            if r.status == 200:
                return {**parent, "token": r.json()["access_token"]}
            if r.status in (429, 503):
                time.sleep(float(r.headers.get("retry-after", "1")))
                continue
            raise SetupError(f"sign-in of {parent['elk_number']}: {r.status} {r.error or r.body[:200]!r}")
        raise SetupError(f"sign-in of {parent['elk_number']}: refused five times")

    with ThreadPoolExecutor(args.concurrency) as pool:
        signed_in = list(pool.map(one, parents))
    write_lines(args.out, signed_in)
    elapsed = time.monotonic() - started
    report.figure("parents_signed_in", len(signed_in), "parents signed in")
    report.figure("elapsed_seconds", round(elapsed, 1), "elapsed s")
    report.figure("sign_ins_per_second", round(len(signed_in) / elapsed, 1), "sign-ins/s")
    return report.finish(args.figures)


# ---------------------------------------------------------------------------------------------
# kill: confirms under kill -9


def confirm_key(parent: dict, tag: str) -> str:
    return f"fault-{tag}-{parent['registration_id']}"


def cmd_kill(args) -> int:
    report = Report("kill")
    parents = read_lines(args.tokens)
    client = Http(args.base)
    lock = threading.Lock()
    killed = threading.Event()
    counts = Counter()
    in_flight = {"now": 0, "peak": 0, "at_kill": None, "acked_at_kill": None, "t_kill": None}
    outcomes: list[dict | None] = [None] * len(parents)
    print(f"  {len(parents)} confirms, at most {args.concurrency} in flight; kill -9 of pid "
          f"{args.pid} once {args.kill_after} are acknowledged; load average {load_average()}",
          flush=True)
    started = time.monotonic()

    def one(index: int):
        parent = parents[index]
        key = confirm_key(parent, "kill")
        record = {"registration_id": parent["registration_id"], "elk_number": parent["elk_number"],
                  "key": key, "status": None, "error": None, "body": None,
                  "acknowledged": False, "after_kill_signal": None}
        if killed.is_set():
            record["error"] = "not sent: the server was killed"
            outcomes[index] = record
            return
        with lock:
            in_flight["now"] += 1
            in_flight["peak"] = max(in_flight["peak"], in_flight["now"])
        r = client.request("POST", CONFIRM, {"revision": parent["revision"]},
                           bearer(parent["token"], **{"idempotency-key": key}))
        with lock:
            in_flight["now"] -= 1
            record["status"], record["error"] = r.status, r.error
            record["after_kill_signal"] = killed.is_set()
            if 200 <= r.status < 300:
                record["acknowledged"] = True
                record["body"] = r.json()
                counts["acknowledged"] += 1
                if counts["acknowledged"] >= args.kill_after and not killed.is_set():
                    os.kill(args.pid, signal.SIGKILL)
                    killed.set()
                    in_flight["t_kill"] = time.monotonic() - started
                    in_flight["at_kill"] = in_flight["now"]
                    in_flight["acked_at_kill"] = counts["acknowledged"]
            outcomes[index] = record

    with ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(one, range(len(parents))))
    elapsed = time.monotonic() - started
    write_lines(args.out, outcomes)

    acked = [o for o in outcomes if o["acknowledged"]]
    answered = Counter(o["status"] for o in outcomes if o["status"] is not None)
    not_sent = sum(1 for o in outcomes if o["status"] is None)
    report.figure("confirms", len(parents), "confirms to send")
    report.figure("peak_in_flight", in_flight["peak"], "peak in flight")
    report.figure("kill_after_seconds", round(in_flight["t_kill"] or 0, 2),
                  "kill -9 sent after s")
    report.figure("acknowledged_at_kill", in_flight["acked_at_kill"], "acknowledged when killed")
    report.figure("in_flight_at_kill", in_flight["at_kill"], "in flight when killed")
    report.figure("acknowledged", len(acked), "acknowledged (2xx) in all")
    report.figure("acknowledged_after_kill_signal",
                  sum(1 for o in acked if o["after_kill_signal"]),
                  "of which read after the kill signal (already on the wire)")
    report.figure("answers", statuses(answered), "answers")
    report.figure("not_sent", not_sent, "not sent (server gone)")
    report.figure("elapsed_seconds", round(elapsed, 2), "elapsed s")
    report.figure("confirms_per_second_before_kill",
                  round((in_flight["acked_at_kill"] or 0) / max(in_flight["t_kill"] or elapsed, 1e-9), 1),
                  "acknowledged confirms/s before the kill")
    report.check(killed.is_set(), f"the server was killed after {args.kill_after} acknowledgements")
    report.check(bool(acked) and len(acked) < len(parents),
                 "some but not all confirms were acknowledged")
    if args.pid:
        time.sleep(0.2)
        report.check(not process_running(args.pid), f"pid {args.pid} is gone")
    return report.finish(args.figures)


def process_running(pid: int) -> bool:
    """True unless the process is gone or a zombie waiting for its parent."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def process_start_ticks(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


# ---------------------------------------------------------------------------------------------
# verify: what PostgreSQL holds


# Per registration: status, revision, the stored list against the draft, and the other rows a
# confirmation writes in the same transaction (idempotency key, audit entry, e-mail).
FACTS_SQL = """
WITH draft AS (
  SELECT r.id, e.ord::int AS rank, (e.value->>'programme')::uuid AS programme
  FROM registrations r
  CROSS JOIN LATERAL jsonb_array_elements(r.draft::jsonb->'entries') WITH ORDINALITY AS e(value, ord)
), stored AS (
  SELECT registration_id AS id, rank, programme_id AS programme FROM preference_entries
), differs AS (
  SELECT DISTINCT id FROM (
    (SELECT * FROM draft EXCEPT SELECT * FROM stored)
    UNION ALL
    (SELECT * FROM stored EXCEPT SELECT * FROM draft)
  ) d
)
SELECT r.id, r.status, r.revision,
  (SELECT count(*) FROM preference_entries p WHERE p.registration_id = r.id),
  coalesce(jsonb_array_length(r.draft::jsonb->'entries'), 0),
  (r.id IN (SELECT id FROM differs))::int,
  (SELECT count(*) FROM idempotency_keys k WHERE k.registration_id = r.id AND k.action = 'confirm'),
  (SELECT count(*) FROM audit_log a WHERE a.subject_id = r.id AND a.action = 'registration.confirmed'),
  (SELECT count(*) FROM mail_outbox m WHERE m.recipient = pu.parent_email)
FROM registrations r JOIN pupils pu ON pu.id = r.pupil_id
"""

ORPHAN_ENTRIES_SQL = """
SELECT count(*) FROM preference_entries p LEFT JOIN registrations r ON r.id = p.registration_id
WHERE r.id IS NULL OR r.status <> 'AV'
"""

# The board's counters against a recount (rows counting zero are left out on both sides).
COUNTERS_SQL = """
WITH kept AS (
  SELECT procedure_id, school_id, class_name, status, count::bigint AS n
  FROM status_counts WHERE count <> 0
), recount AS (
  SELECT p.procedure_id, p.school_id, p.class_name, r.status, count(*)::bigint AS n
  FROM registrations r JOIN pupils p ON p.id = r.pupil_id GROUP BY 1, 2, 3, 4
)
SELECT count(*) FROM ((SELECT * FROM kept EXCEPT SELECT * FROM recount)
                      UNION ALL (SELECT * FROM recount EXCEPT SELECT * FROM kept)) d
"""


def half_written(row, seeded_revision: int, list_length: int) -> str | None:
    """Why a registration is not in one of the two whole states, or None."""
    _, status, revision, entries, draft_entries, differs, keys, audits, mails = row
    revision, entries, draft_entries, differs, keys, audits, mails = map(
        int, (revision, entries, draft_entries, differs, keys, audits, mails))
    if status == "AV":
        wrong = []
        if revision != seeded_revision + 1:
            wrong.append(f"revision {revision}, not {seeded_revision + 1}")
        if draft_entries != list_length or entries != draft_entries or differs:
            wrong.append(f"{entries} stored list rows for a {draft_entries}-entry draft"
                         + (" with other programmes or ranks" if differs else ""))
        for what, n in (("confirm idempotency keys", keys), ("confirmation audit entries", audits),
                        ("e-mails", mails)):
            if n != 1:
                wrong.append(f"{n} {what}, not 1")
        return "AV with " + "; ".join(wrong) if wrong else None
    if status == "AG":
        wrong = []
        if revision != seeded_revision:
            wrong.append(f"revision {revision}, not {seeded_revision}")
        for what, n in (("stored list rows", entries), ("confirm idempotency keys", keys),
                        ("confirmation audit entries", audits), ("e-mails", mails)):
            if n != 0:
                wrong.append(f"{n} {what}")
        return "AG with " + "; ".join(wrong) if wrong else None
    return f"status {status}"


def cmd_verify(args) -> int:
    report = Report(f"verify-{args.label}")
    parents = {p["registration_id"]: p for p in read_lines(args.parents)}
    seeded_revision = next(iter(parents.values()))["revision"]
    list_length = next(iter(parents.values()))["entries"]
    acked = {}
    for path in args.acks or []:
        for o in read_lines(path):
            if o.get("acknowledged"):
                acked[o["registration_id"]] = o
    rows = psql(args.database, FACTS_SQL)
    by_id = {row[0]: row for row in rows}
    broken = {}
    for rid, row in by_id.items():
        why = half_written(row, seeded_revision, list_length)
        if why:
            broken[rid] = why
    lost = [rid for rid in acked if by_id.get(rid, [None, None])[1] != "AV"]
    answered_otherwise = [
        rid for rid, o in acked.items()
        if rid in by_id and (o["body"] or {}).get("revision") != int(by_id[rid][2])
    ]
    orphans = int(psql(args.database, ORPHAN_ENTRIES_SQL)[0][0])
    counters = int(psql(args.database, COUNTERS_SQL)[0][0])
    confirmed = {rid for rid, row in by_id.items() if row[1] == "AV"}
    status_counter = Counter(row[1] for row in rows)

    report.figure("registrations", len(rows), "registrations in the database")
    report.figure("statuses", dict(status_counter), "statuses")
    report.figure("acknowledged", len(acked), "acknowledged confirms")
    report.figure("acknowledged_found", len(acked) - len(lost), "acknowledged and AV in the database")
    report.figure("confirmed_without_acknowledgement", len(confirmed - set(acked)),
                  "AV without a recorded acknowledgement (after a kill: committed, answer lost)")
    report.figure("half_written", len(broken), "half-written registrations")
    report.figure("orphan_list_rows", orphans, "list rows without an AV registration")
    report.figure("board_counter_mismatches", counters, "board counters that differ from a recount")
    for rid, why in list(broken.items())[:10]:
        print(f"    half-written {rid}: {why}")
    for rid in lost[:10]:
        print(f"    LOST acknowledged confirm of registration {rid} ({acked[rid]['elk_number']}): "
              f"{by_id.get(rid, [None, 'missing'])[1]} in the database")
    report.check(set(by_id) >= set(parents), "every seeded registration is in the database")
    report.check(not lost, "every acknowledged confirmation is AV in the database")
    report.check(not answered_otherwise,
                 "every acknowledgement's revision is the stored one "
                 f"({len(answered_otherwise)} differ)")
    report.check(not broken, "no registration is half-written (AV: revision +1, the whole "
                 "draft as list rows, one key, one audit entry, one e-mail; AG: none of these)")
    report.check(orphans == 0, "no list rows without their AV registration")
    report.check(counters == 0, "the board's status counters agree with the registrations")
    if args.expect_all_confirmed:
        report.check(status_counter.get("AV", 0) == len(parents), "every registration is AV")
    return report.finish(args.figures)


# ---------------------------------------------------------------------------------------------
# replay: the same confirms again, against the restarted server


def cmd_replay(args) -> int:
    report = Report("replay")
    parents = read_lines(args.tokens)
    outcomes = {o["registration_id"]: o for o in read_lines(args.acks)}
    client = Http(args.base)
    lock = threading.Lock()
    results = Counter()
    problems: list[str] = []
    started = time.monotonic()

    def one(parent):
        before = outcomes[parent["registration_id"]]
        r = client.request("POST", CONFIRM, {"revision": parent["revision"]},
                           bearer(parent["token"], **{"idempotency-key": before["key"]}))
        body = r.json() if r.status == 200 else None
        with lock:
            if before["acknowledged"]:
                if r.status == 200 and body == before["body"]:
                    results["acknowledged_same"] += 1
                else:
                    results["acknowledged_different"] += 1
                    problems.append(f"{parent['elk_number']} replay: {r.status} "
                                    f"{(r.error or r.body[:300])!r}")
            elif r.status == 200 and body and body.get("status") == "AV":
                results["unacknowledged_confirmed"] += 1
            else:
                results["unacknowledged_refused"] += 1
                problems.append(f"{parent['elk_number']} retry: {r.status} {(r.error or r.body[:300])!r}")

    with ThreadPoolExecutor(args.concurrency) as pool:
        list(pool.map(one, parents))
    acked = sum(1 for o in outcomes.values() if o["acknowledged"])
    report.figure("acknowledged_replayed_same", results["acknowledged_same"],
                  f"acknowledged confirms replayed with the same key, same answer (of {acked})")
    report.figure("unacknowledged_confirmed_now", results["unacknowledged_confirmed"],
                  f"unacknowledged confirms retried with their key, 200 AV (of {len(parents) - acked})")
    report.figure("elapsed_seconds", round(time.monotonic() - started, 2), "elapsed s")
    for problem in problems[:10]:
        print(f"    {problem}")
    report.check(results["acknowledged_same"] == acked,
                 "every acknowledged confirm answers the same on replay")
    report.check(results["unacknowledged_confirmed"] == len(parents) - acked,
                 "every unacknowledged confirm goes through on retry")
    return report.finish(args.figures)


# ---------------------------------------------------------------------------------------------
# pg-restart: steady load while PostgreSQL goes away and comes back


@dataclass
class Sample:
    kind: str
    sent: float
    done: float
    status: int
    retry_after: bool


def pg_ready(timeout: float = 1.0) -> bool:
    return subprocess.run(["pg_isready", "-q", "-t", str(max(1, int(timeout)))],
                          capture_output=True).returncode == 0


def pg_ctl(cluster: list[str], action: str) -> None:
    done = subprocess.run(["pg_ctlcluster", *cluster, action], capture_output=True, text=True)
    if done.returncode != 0:
        raise SetupError(f"pg_ctlcluster {' '.join(cluster)} {action}: "
                         f"{(done.stderr or done.stdout).strip()}")


def cmd_pg_restart(args) -> int:
    report = Report("pg-restart")
    parents = read_lines(args.tokens)
    # Readers read anyone's registration (AG or AV); confirmers take every parent in turn,
    # spread over the whole run by --confirm-pause.
    readers_parents = parents
    confirm_parents = parents
    client = Http(args.base, timeout=args.client_timeout)
    cluster = args.cluster.split()
    start_ticks = process_start_ticks(args.pid)
    if start_ticks is None:
        raise SetupError(f"no server process {args.pid}")
    others = psql("postgres", "SELECT coalesce(string_agg(datname || ' ' || n, ', '), 'none') FROM "
                  "(SELECT datname, count(*) AS n FROM pg_stat_activity WHERE datname IS NOT NULL "
                  "AND datname NOT LIKE 'overstap_fault_%' AND pid <> pg_backend_pid() "
                  "GROUP BY 1) s")[0][0]
    print(f"  other sessions on this PostgreSQL that the restart will end: {others}", flush=True)

    stop = threading.Event()
    lock = threading.Lock()
    samples: list[Sample] = []
    outcomes: list[dict] = []
    t0 = time.monotonic()

    def record(kind, sent, r: Response):
        with lock:
            samples.append(Sample(kind, sent - t0, time.monotonic() - t0, r.status,
                                  "retry-after" in r.headers))

    def reader(n: int):
        i = n
        while not stop.is_set():
            parent = readers_parents[i % len(readers_parents)]
            i += args.readers
            sent = time.monotonic()
            record("read", sent, client.request("GET", REGISTRATION, headers=bearer(parent["token"])))

    def confirmer(n: int):
        for parent in confirm_parents[n::args.confirmers]:
            key = confirm_key(parent, "restart")
            outcome = {"registration_id": parent["registration_id"],
                       "elk_number": parent["elk_number"], "key": key, "acknowledged": False,
                       "status": None, "body": None, "attempts": 0}
            while not stop.is_set():
                outcome["attempts"] += 1
                sent = time.monotonic()
                r = client.request("POST", CONFIRM, {"revision": parent["revision"]},
                                   bearer(parent["token"], **{"idempotency-key": key}))
                record("confirm", sent, r)
                outcome["status"] = r.status
                if 200 <= r.status < 300:
                    outcome["acknowledged"], outcome["body"] = True, r.json()
                    break
                if r.status in (0, 503):  # a client retries these with the same key
                    time.sleep(min(float(r.headers.get("retry-after", "1") or 1), 5.0))
                    continue
                break  # anything else is a failure the checks report
            with lock:
                outcomes.append(outcome)
            time.sleep(args.confirm_pause)
            if stop.is_set():
                break

    threads = [threading.Thread(target=reader, args=(n,), daemon=True) for n in range(args.readers)]
    threads += [threading.Thread(target=confirmer, args=(n,), daemon=True)
                for n in range(args.confirmers)]
    for t in threads:
        t.start()
    events = {}
    try:
        time.sleep(args.warmup)
        print(f"  {utc_now()}: stopping PostgreSQL ({args.cluster}), load average "
              f"{load_average()}", flush=True)
        events["stop_begin"] = time.monotonic() - t0
        if args.mode == "restart":
            pg_ctl(cluster, "restart")
            events["stop_done"] = events["stop_begin"]
        else:
            pg_ctl(cluster, "stop")
            events["stop_done"] = time.monotonic() - t0
            time.sleep(args.down_seconds)
            print(f"  {utc_now()}: starting PostgreSQL", flush=True)
            pg_ctl(cluster, "start")
        while not pg_ready():
            time.sleep(0.1)
        events["up"] = time.monotonic() - t0
        print(f"  {utc_now()}: PostgreSQL accepts connections again", flush=True)
        time.sleep(args.after)
    finally:
        stop.set()
        if not pg_ready():
            print("  PostgreSQL is not up; starting it", flush=True)
            subprocess.run(["pg_ctlcluster", *cluster, "start"])
        for t in threads:
            t.join(timeout=args.client_timeout + 5)
    end = time.monotonic() - t0
    write_lines(args.out, outcomes)

    up, stop_begin = events["up"], events["stop_begin"]
    by_status = Counter(s.status for s in samples)
    during = [s for s in samples if s.done > stop_begin and s.sent < up]
    unexpected = [s for s in samples if s.status not in (200, 503)]
    bare_503 = [s for s in samples if s.status == 503 and not s.retry_after]
    first_ok = min((s.done for s in samples if s.status == 200 and s.done > up and s.sent > stop_begin),
                   default=None)
    failures_after_up = [s for s in samples if s.status != 200 and s.done > up]
    last_failure = max((s.done for s in failures_after_up), default=None)
    late = [s for s in samples if s.sent > up + args.recovery_bound]
    late_failures = [s for s in late if s.status != 200]
    latencies_503 = [s.done - s.sent for s in samples if s.status == 503]
    before = [s for s in samples if s.done < stop_begin]
    same_process = process_start_ticks(args.pid) == start_ticks and process_running(args.pid)
    ready = client.request("GET", "/readyz", fresh=True).status

    report.figure("clients", f"{args.readers} readers + {args.confirmers} confirmers",
                  "concurrent clients")
    report.figure("mode", args.mode if args.mode == "restart"
                  else f"stop, {args.down_seconds} s down, start", "PostgreSQL")
    report.figure("postgres_down_seconds", round(up - stop_begin, 2),
                  "PostgreSQL unavailable (stop issued → accepts connections) s")
    report.figure("requests", len(samples), "requests")
    report.figure("answers", statuses(by_status), "answers")
    report.figure("requests_per_second_before", round(len(before) / max(stop_begin, 1e-9), 1),
                  "requests/s before the stop")
    report.figure("answers_during_outage", statuses(Counter(s.status for s in during)),
                  "answers to requests overlapping the outage")
    report.figure("longest_answer_during_outage_seconds",
                  round(max((s.done - s.sent for s in during), default=0), 2),
                  "longest answer to a request overlapping the outage, s")
    report.figure("answers_503", by_status.get(503, 0), "503 answers")
    report.figure("answers_503_with_retry_after", by_status.get(503, 0) - len(bare_503),
                  "503 answers with Retry-After")
    report.figure("answers_500", by_status.get(500, 0), "500 answers")
    report.figure("no_answer", by_status.get(0, 0), "requests without an answer")
    report.figure("stale_connection_retries", dict(STALE_RETRIES),
                  "sent again on a new connection: the server had closed the reused one")
    report.figure("latency_503_p50_max_seconds",
                  f"{percentile(latencies_503, 0.5):.2f} / {max(latencies_503, default=0):.2f}",
                  "503 latency p50 / max s")
    report.figure("first_200_after_up_seconds",
                  None if first_ok is None else round(first_ok - up, 2),
                  "first 200 after PostgreSQL is back, s")
    report.figure("last_failure_after_up_seconds",
                  0 if last_failure is None else round(last_failure - up, 2),
                  "last non-200 after PostgreSQL is back, s")
    report.figure("requests_after_bound", len(late),
                  f"requests sent > {args.recovery_bound} s after PostgreSQL is back")
    report.figure("confirms_acknowledged", sum(1 for o in outcomes if o["acknowledged"]),
                  "confirms acknowledged")
    report.figure("confirm_retries", sum(o["attempts"] - 1 for o in outcomes),
                  "confirm retries (same key) after 503 or no answer")
    report.figure("same_server_process", same_process, f"same server process {args.pid}")
    report.figure("run_seconds", round(end, 1), "run s")
    for s in (unexpected + bare_503)[:10]:
        print(f"    {s.kind} sent at {s.sent:.2f} s, answered at {s.done:.2f} s: {s.status or 'no answer'}"
              f"{'' if s.retry_after else ' without Retry-After'}")
    report.check(bool(before) and all(s.status == 200 for s in before),
                 "only 200s before PostgreSQL stopped")
    report.check(not unexpected, f"only 200 and 503 answers ({len(unexpected)} others)")
    report.check(by_status.get(503, 0) > 0, "the server answered 503 while PostgreSQL was down")
    report.check(not bare_503, f"every 503 carries Retry-After ({len(bare_503)} without)")
    report.check(first_ok is not None, "200s again after PostgreSQL is back")
    report.check(len(late) > 0 and not late_failures,
                 f"every request sent more than {args.recovery_bound} s after PostgreSQL is back "
                 f"answers 200 ({len(late_failures)} of {len(late)} did not)")
    report.check(same_process, "the server was not restarted (same process)")
    report.check(ready == 200, f"/readyz answers 200 at the end ({ready})")
    return report.finish(args.figures)


# ---------------------------------------------------------------------------------------------
# spray: common passwords over many accounts from a few addresses


def address_range(spec: str) -> list[str]:
    """`203.0.113.10-17` → eight addresses."""
    prefix, _, last = spec.rpartition(".")
    low, _, high = last.partition("-")
    return [f"{prefix}.{n}" for n in range(int(low), int(high or low) + 1)]


def backoff_key(account: str, network: str) -> str:
    return hashlib.sha256(f"{account.strip().lower()}\0{network}".encode()).hexdigest()


def cmd_spray(args) -> int:
    report = Report("spray")
    parents = read_lines(args.parents)[: args.accounts]
    if len(parents) < args.accounts:
        raise SetupError(f"{args.accounts} accounts asked, {len(parents)} seeded")
    if any(p["password"] in COMMON_PASSWORDS for p in parents):
        raise SetupError("a seeded password is in the spray's list")
    attacker = address_range(args.attacker)
    # Password after password over all accounts; the addresses rotate so that every account
    # is tried from each of them.
    attempts = [(COMMON_PASSWORDS[(k // len(parents)) % len(COMMON_PASSWORDS)],
                 parents[k % len(parents)],
                 attacker[(k + k // len(parents)) % len(attacker)]) for k in range(args.attempts)]
    interval = args.seconds / max(len(attempts), 1)
    client = Http(args.base)
    lock = threading.Lock()
    attack = Counter()
    retry_afters: list[int] = []
    next_attempt = [0]
    real: dict[str, list[dict]] = {"during": [], "after": []}

    def real_sign_in(phase: str, index: int, parent: dict):
        """A parent at home: their own address, the right password; waits as told on a 429."""
        address = f"{args.real_prefix}{index + 1}"
        started = time.monotonic()
        first, first_retry_after, tries, waited = None, None, 0, 0.0
        while True:
            tries += 1
            r = client.request("POST", SIGN_IN, {"elk_number": parent["elk_number"],
                                                 "password": parent["password"]},
                               {"x-forwarded-for": address}, fresh=True)
            if first is None:
                first, first_retry_after = r.status, r.headers.get("retry-after")
            if r.status == 200 or r.status not in (429, 503):
                break
            wait = float(r.headers.get("retry-after", "1") or 1)
            if waited + wait > args.real_patience:
                break
            time.sleep(wait)
            waited += wait
        outcome = {"elk_number": parent["elk_number"], "address": address, "first": first,
                   "final": r.status, "tries": tries, "waited": waited,
                   "retry_after": first_retry_after,
                   "seconds": time.monotonic() - started}
        with lock:
            real[phase].append(outcome)

    def attacker_worker():
        while True:
            with lock:
                k = next_attempt[0]
                next_attempt[0] += 1
            if k >= len(attempts):
                return
            due = t0 + k * interval
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            password, parent, address = attempts[k]
            r = client.request("POST", SIGN_IN, {"elk_number": parent["elk_number"],
                                                 "password": password},
                               {"x-forwarded-for": address})
            with lock:
                attack[r.status] += 1
                if r.status == 429 and r.headers.get("retry-after", "").isdigit():
                    retry_afters.append(int(r.headers["retry-after"]))
                if r.status == 200:
                    print(f"    ATTACKER SIGNED IN as {parent['elk_number']} with {password!r}",
                          flush=True)

    during = parents[: args.during]

    def during_spray():
        time.sleep(args.seconds / 2)
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda ip: real_sign_in("during", ip[0], ip[1]), enumerate(during)))

    print(f"  {len(attempts)} attempts: {len(COMMON_PASSWORDS)} common passwords × "
          f"{len(parents)} accounts, password after password, from {len(attacker)} addresses "
          f"({attacker[0]}…{attacker[-1]}), {len(attempts) / args.seconds:.0f}/s for "
          f"{args.seconds} s, {args.concurrency} connections; {len(during)} real parents sign in "
          f"half-way from {args.real_prefix}x; load average {load_average()}", flush=True)
    t0 = time.monotonic()
    helper = threading.Thread(target=during_spray, daemon=True)
    helper.start()
    with ThreadPoolExecutor(args.concurrency) as pool:
        for _ in range(args.concurrency):
            pool.submit(attacker_worker)
    spray_seconds = time.monotonic() - t0
    helper.join()
    after_started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda ip: real_sign_in("after", ip[0], ip[1]), enumerate(parents)))
    after_seconds = time.monotonic() - after_started

    backoff = psql(args.database, "SELECT count(*), coalesce(max(failures), 0) FROM sign_in_backoff")[0]
    # Whose backoff rows these are, if they are keyed as crates/api/src/auth/backoff.rs keys
    # them today (SHA-256 of the account name, a NUL and the client network): a diagnosis only.
    keys = {row[0] for row in psql(args.database, "SELECT account_key FROM sign_in_backoff")}
    attacker_keys = {backoff_key(p["elk_number"], a) for p in parents for a in attacker}
    real_keys = {backoff_key(p["elk_number"], f"{args.real_prefix}{i + 1}")
                 for i, p in enumerate(parents)}
    audited = int(psql(args.database, "SELECT count(*) FROM audit_log "
                       "WHERE action = 'auth.sign_in'")[0][0])
    real_ok = sum(1 for phase in real.values() for o in phase if o["final"] == 200)

    def summary(phase: str) -> str:
        rows = real[phase]
        first_ok = sum(1 for o in rows if o["first"] == 200)
        final_ok = sum(1 for o in rows if o["final"] == 200)
        first = statuses(Counter(o["first"] for o in rows))
        return (f"{first_ok}/{len(rows)} at the first attempt ({first}); {final_ok}/{len(rows)} "
                f"after waiting as told (longest wait {max((o['waited'] for o in rows), default=0):.0f} s)")

    report.figure("attempts", sum(attack.values()), "attacker attempts answered")
    report.figure("attacker_answers", statuses(attack), "attacker answers")
    report.figure("attacker_successes", attack.get(200, 0), "attacker successes (200)")
    report.figure("attacker_401", attack.get(401, 0), "attacker 401 (password checked, wrong)")
    report.figure("attacker_429", attack.get(429, 0), "attacker 429 (throttled)")
    report.figure("attacker_retry_after_max", max(retry_afters, default=0),
                  "largest Retry-After given to the attacker, s")
    report.figure("spray_seconds", round(spray_seconds, 1), "spray elapsed s")
    report.figure("real_during", summary("during"), "real parents during the spray")
    report.figure("real_after", summary("after"), "real parents after the spray")
    report.figure("real_after_seconds", round(after_seconds, 1), "real sign-ins after the spray took s")
    report.figure("backoff_rows", int(backoff[0]), "sign-in backoff rows")
    report.figure("backoff_max_failures", int(backoff[1]), "most failures recorded on one row")
    report.figure("backoff_rows_by_key",
                  f"{len(keys & attacker_keys)} attacker account+address, "
                  f"{len(keys & real_keys)} real parent account+address, "
                  f"{len(keys - attacker_keys - real_keys)} other",
                  "backoff rows keyed on")
    report.figure("sessions_started", audited, "sign-ins on record (audit log)")
    for o in (real["during"] + real["after"]):
        if o["first"] != 200:
            print(f"    real parent {o['elk_number']} from {o['address']}: first {o['first']}, "
                  f"then {o['final']} after {o['tries']} tries and {o['waited']:.0f} s "
                  f"(Retry-After {o['retry_after']})")
            break
    report.check(attack.get(200, 0) == 0, "the attacker never signed in")
    report.check(set(attack) <= {401, 429},
                 f"the attacker got only 401 and 429 ({statuses(attack)})")
    report.check(sum(attack.values()) == len(attempts), "every attempt was answered")
    for phase in ("during", "after"):
        rows = real[phase]
        report.check(all(o["first"] == 200 for o in rows),
                     f"every real parent signs in at the first attempt {phase} the spray "
                     f"({sum(1 for o in rows if o['first'] == 200)}/{len(rows)})")
    report.check(audited == real_ok,
                 f"the sign-ins on record are the real parents' ({audited} recorded, {real_ok} real)")
    return report.finish(args.figures)


# ---------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--figures", help="append this step's figures as JSON to this file")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("sign-in")
    p.add_argument("--base", required=True)
    p.add_argument("--parents", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--concurrency", type=int, default=4)
    p.set_defaults(run=cmd_sign_in)

    p = sub.add_parser("kill")
    p.add_argument("--base", required=True)
    p.add_argument("--tokens", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--kill-after", type=int, default=1000)
    p.add_argument("--concurrency", type=int, default=256)
    p.add_argument("--out", required=True)
    p.set_defaults(run=cmd_kill)

    p = sub.add_parser("verify")
    p.add_argument("--database", required=True)
    p.add_argument("--parents", required=True)
    p.add_argument("--acks", action="append")
    p.add_argument("--label", required=True)
    p.add_argument("--expect-all-confirmed", action="store_true")
    p.set_defaults(run=cmd_verify)

    p = sub.add_parser("replay")
    p.add_argument("--base", required=True)
    p.add_argument("--tokens", required=True)
    p.add_argument("--acks", required=True)
    p.add_argument("--concurrency", type=int, default=16)
    p.set_defaults(run=cmd_replay)

    p = sub.add_parser("pg-restart")
    p.add_argument("--base", required=True)
    p.add_argument("--tokens", required=True)
    p.add_argument("--pid", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--cluster", default="15 main")
    p.add_argument("--mode", choices=["stop-start", "restart"], default="stop-start")
    p.add_argument("--readers", type=int, default=14)
    p.add_argument("--confirmers", type=int, default=2)
    p.add_argument("--confirm-pause", type=float, default=0.25)
    p.add_argument("--warmup", type=float, default=5.0)
    p.add_argument("--down-seconds", type=float, default=15.0)
    p.add_argument("--after", type=float, default=30.0)
    p.add_argument("--recovery-bound", type=float, default=15.0)
    p.add_argument("--client-timeout", type=float, default=30.0)
    p.set_defaults(run=cmd_pg_restart)

    p = sub.add_parser("spray")
    p.add_argument("--base", required=True)
    p.add_argument("--parents", required=True)
    p.add_argument("--database", required=True)
    p.add_argument("--accounts", type=int, default=100)
    p.add_argument("--attempts", type=int, default=10_000)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--attacker", default="203.0.113.10-17")
    p.add_argument("--real-prefix", default="198.51.100.")
    p.add_argument("--during", type=int, default=50)
    p.add_argument("--real-patience", type=float, default=120.0)
    p.set_defaults(run=cmd_spray)

    args = parser.parse_args()
    try:
        return args.run(args)
    except SetupError as e:
        print(f"SETUP ERROR {args.command}: {e}", flush=True)
        return 2


if __name__ == "__main__":
    sys.exit(main())
