#!/usr/bin/env bash
# Ingest cost of `[storage] synchronous = "full"` against "normal", back to back on the
# same machine: each mode twice, alternating, with the open-loop OTLP generator.
#   cargo build --release -p glassbox -p glassbox-bench && bench/durability.sh [SECONDS] [RATE]
set -euo pipefail
secs="${1:-30}"
rate="${2:-50000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${CARGO_TARGET_DIR:-$root/target}/release"
port=4700
for round in 1 2; do
  for mode in normal full; do
    dir="$(mktemp -d /tmp/gb-durability-XXXX)"
    GLASSBOX_STORAGE__SYNCHRONOUS="\"$mode\"" GLASSBOX_LOG=warn "$bin/glassbox" serve \
      --listen "127.0.0.1:$port" --grpc-listen "127.0.0.1:$((port + 1))" --data-dir "$dir" &
    pid=$!
    for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
    out="$("$bin/otlp_load" --target "http://127.0.0.1:$port" --rate "$rate" --duration "$secs" --query-samples 0 --pid "$pid" 2>&1)"
    echo "round $round, synchronous=$mode: $(echo "$out" | grep -iE 'acknowledged|p50' | tr '\n' ' ')"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
  done
done
