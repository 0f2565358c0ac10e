#!/usr/bin/env bash
# Full-text search at scale and what the index costs ingest:
#   1. ingest with `[storage] text_search` off, then on, back to back (SECONDS each, RATE offered);
#   2. keep loading the "on" store for FILL_SECONDS, then time `GET /api/traces?q=…`
#      (median and p99 of 50 requests each, over HTTP) for common, combined, rare and
#      filtered searches, with the number of spans stored.
#   cargo build --release -p glassbox -p glassbox-bench && bench/text_search.sh [SECONDS] [RATE] [FILL_SECONDS]
set -euo pipefail
secs="${1:-25}"
rate="${2:-50000}"
fill="${3:-300}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${CARGO_TARGET_DIR:-$root/target}/release"
port=4710
start() { # $1 = text_search on/off, $2 = data dir
  GLASSBOX_STORAGE__TEXT_SEARCH="$1" GLASSBOX_STORAGE__RETENTION='""' GLASSBOX_LOG=warn "$bin/glassbox" serve \
    --listen "127.0.0.1:$port" --grpc-listen "127.0.0.1:$((port + 1))" --otlp-http-listen off --data-dir "$2" &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
}
load() { # $1 = seconds
  "$bin/otlp_load" --target "http://127.0.0.1:$port" --rate "$rate" --duration "$1" --query-samples 0 --pid "$pid" 2>&1 |
    grep -iE 'acknowledged' | tr '\n' ' '
}
for mode in false true; do
  dir="$(mktemp -d /tmp/gb-search-XXXX)"
  start "$mode" "$dir"
  echo "text_search=$mode: $(load "$secs")"
  if [ "$mode" = true ]; then keep="$dir"; keep_pid=$pid; else kill "$pid"; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; fi
done
pid=$keep_pid
echo "filling for ${fill} s: $(load "$fill")"
echo "spans stored: $(python3 -c 'import sqlite3, sys; c = sqlite3.connect(f"file:{sys.argv[1]}/glassbox.db?mode=ro", uri=True)
print(c.execute("SELECT sum(span_count), count(*) FROM traces").fetchone())' "$keep") (spans, traces)"
time_query() { # $1 = label, $2 = query string
  local times=() n
  for _ in $(seq 50); do
    times+=("$(curl -s -o /tmp/gb-search-out.json -w '%{time_total}' "http://127.0.0.1:$port/api/traces?$2")")
  done
  n="$(python3 -c 'import json; print(len(json.load(open("/tmp/gb-search-out.json"))["traces"]))')"
  printf '%-34s %s  (%s traces on the page)\n' "$1" "$(printf '%s\n' "${times[@]}" | sort -n |
    awk '{a[NR] = $1} END {printf "median %.1f ms, p99 %.1f ms", a[int(NR / 2) + 1] * 1000, a[int(NR * 0.99)] * 1000}')" "$n"
}
time_query "common word" "q=booking&limit=50"
time_query "two words" "q=invoices%20duplicated&limit=50"
time_query "prefix" "q=deploy*&limit=50"
time_query "no match" "q=zanzibar&limit=50"
time_query "common word + status=error" "q=booking&status=error&limit=50"
time_query "common word + model filter" "q=timeout&model=claude*&limit=50"
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$keep"
