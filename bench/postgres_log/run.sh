#!/usr/bin/env bash
# PostgreSQL log lines glassbox tails per second, end to end: a jsonlog file of N statements
# (see gen.py) appears in the tailed directory (as PostgreSQL's rotation makes it appear);
# glassbox reads it, turns each statement into a span, redacts and stores it. Prints the
# wall-clock rate until the last statement's trace is readable, and lines per CPU-second
# of the glassbox process.
#   cargo build --release -p glassbox && bench/postgres_log/run.sh [N]
set -euo pipefail
n="${1:-200000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${CARGO_TARGET_DIR:-$root/target}/release/glassbox"
dir="$(mktemp -d /tmp/gb-pglog-XXXX)"
mkdir -p "$dir/log"
last="$(python3 "$root/bench/postgres_log/gen.py" "$n" 2>&1 >"$dir/staging.json")"
lines="$(wc -l <"$dir/staging.json")"
bytes="$(stat -c %s "$dir/staging.json")"
cat >"$dir/glassbox.toml" <<TOML
[[sources.postgres_log]]
path = "$dir/log/postgresql-*.json"
poll_ms = 50
TOML
port=4730
GLASSBOX_LOG=warn "$bin" serve --config "$dir/glassbox.toml" --listen "127.0.0.1:$port" \
  --grpc-listen "127.0.0.1:$((port + 1))" --otlp-http-listen off --data-dir "$dir/data" >"$dir/glassbox.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
sleep 0.3
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
tick="$(getconf CLK_TCK)"
c0="$(cpu)"; t0="$(date +%s.%N)"
mv "$dir/staging.json" "$dir/log/postgresql-1.json"
[ -n "${PERF_OUT:-}" ] && { perf record -F 499 -g -p "$pid" -o "$PERF_OUT" >/dev/null 2>&1 & perfpid=$!; }
until curl -sf "http://127.0.0.1:$port/api/traces/$last" >/dev/null; do sleep 0.05; done
[ -n "${PERF_OUT:-}" ] && { kill -INT "$perfpid"; wait "$perfpid" 2>/dev/null || true; }
t1="$(date +%s.%N)"; c1="$(cpu)"
python3 - "$lines" "$bytes" "$t0" "$t1" "$c0" "$c1" "$tick" <<'PY'
import sys
lines, size, t0, t1, c0, c1, tick = (float(x) for x in sys.argv[1:])
wall, cpu = t1 - t0, (c1 - c0) / tick
print(f"{int(lines):,} jsonlog lines ({size / lines:.0f} bytes each) in {wall:.2f} s: "
      f"{lines / wall:,.0f} lines/s; glassbox used {cpu:.2f} CPU-s: {lines / cpu:,.0f} lines per CPU-second")
PY
