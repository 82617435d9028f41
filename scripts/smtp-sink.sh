#!/usr/bin/env bash
# A real SMTP server for the mail tests and the outbox benchmark: aiosmtpd (from PyPI, installed
# by `scripts/bootstrap.sh test`) storing every message it receives in a Maildir.
#
#   scripts/smtp-sink.sh start DIR         start in the background on a free port; writes
#                                          DIR/port, DIR/pid, DIR/log and receives into DIR/maildir
#   scripts/smtp-sink.sh stop DIR          stop the sink started in DIR
#   scripts/smtp-sink.sh run PORT MAILDIR  in the foreground, until Ctrl-C
#
# The tests find it through OVERSTAP_TEST_SMTP_URL=smtp://127.0.0.1:$(cat DIR/port) and
# OVERSTAP_TEST_MAILDIR=DIR/maildir (scripts/test.sh sets both).
set -euo pipefail
cd "$(dirname "$0")/.."
AIOSMTPD="$PWD/.tools/venv/bin/aiosmtpd"

die() { echo "smtp-sink: $*" >&2; exit 1; }
[ -x "$AIOSMTPD" ] || die "aiosmtpd is not installed at $AIOSMTPD; run scripts/bootstrap.sh test"

listening() {
  python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1).close()' "$1" 2>/dev/null
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "${1:-}" in
  run)
    [ $# -eq 3 ] || die "usage: $0 run PORT MAILDIR"
    mkdir -p "$3/tmp" "$3/new" "$3/cur"
    exec "$AIOSMTPD" -n -l "127.0.0.1:$2" -c aiosmtpd.handlers.Mailbox "$3"
    ;;
  start)
    [ $# -eq 2 ] || die "usage: $0 start DIR"
    dir="$2"
    mkdir -p "$dir/maildir/tmp" "$dir/maildir/new" "$dir/maildir/cur"
    for _ in 1 2 3; do
      port=$(free_port)
      nohup "$AIOSMTPD" -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$dir/maildir" \
        >"$dir/log" 2>&1 </dev/null &
      pid=$!
      for _ in $(seq 1 100); do
        if listening "$port"; then
          echo "$pid" >"$dir/pid"
          echo "$port" >"$dir/port"
          echo "SMTP sink (aiosmtpd) on smtp://127.0.0.1:$port, Maildir $dir/maildir"
          exit 0
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      kill "$pid" 2>/dev/null || true
    done
    cat "$dir/log" >&2 || true
    die "aiosmtpd did not start"
    ;;
  stop)
    [ $# -eq 2 ] || die "usage: $0 stop DIR"
    if [ -f "$2/pid" ]; then
      pid=$(cat "$2/pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      rm -f "$2/pid"
    fi
    ;;
  *)
    die "usage: $0 start DIR | stop DIR | run PORT MAILDIR"
    ;;
esac
