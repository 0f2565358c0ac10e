#!/usr/bin/env bash
# Ingest of the two workload profiles back to back on the same machine: `standard`
# (messages on model calls only, ~1 KB/span, 4 runs per request, 256 requests in flight)
# and `heavy` (text on every step, ~2.6 KB/span, 512-span requests from 2 exporters).
#   cargo build --release -p glassbox -p glassbox-bench && bench/profiles.sh [SECONDS] [RATE]
set -euo pipefail
secs="${1:-25}"
rate="${2:-50000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${CARGO_TARGET_DIR:-$root/target}/release"
port=4720
for profile in standard heavy; do
  dir="$(mktemp -d /tmp/gb-profile-XXXX)"
  GLASSBOX_LOG=warn "$bin/glassbox" serve --listen "127.0.0.1:$port" --grpc-listen "127.0.0.1:$((port + 1))" \
    --otlp-http-listen off --data-dir "$dir" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  extra=()
  [ "$profile" = heavy ] && extra=(--traces-per-request 34 --max-in-flight 2)
  out="$("$bin/otlp_load" --target "http://127.0.0.1:$port" --rate "$rate" --duration "$secs" --query-samples 0 \
    --pid "$pid" --data-dir "$dir" --profile "$profile" "${extra[@]}" 2>&1)"
  echo "$profile: $(echo "$out" | grep -iE 'workload|acknowledged  |= .*spans/s|p50|RSS|bytes/span' | tr '\n' ' ')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
