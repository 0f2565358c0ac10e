#!/usr/bin/env bash
# glassbox's performance suite, measured as a user measures it: release binaries, the
# gateway pinned to its own core beside a mock model (the load generator on the other),
# each point run several times; ingest with the machine to itself. Writes bench/results/{gateway,ingest-standard,ingest-heavy}.json,
# summary.json and summary.md (the README's performance table is generated from it).
#
#   bench/suite.sh            the full suite (~4 minutes on 2 cores)
#   bench/suite.sh --readme   also rewrites the README's generated performance table
#   QUICK=1 bench/suite.sh    the short smoke bench/guard.sh runs in CI
#
# Knobs (environment): GW_RATE (1000 req/s), GW_SECS (10), GW_RUNS (5), INGEST_RATE (50000
# spans/s), INGEST_SECS (25), PROFILES ("standard heavy"), OUT (bench/results), GLASSBOX_BIN (a
# glassbox binary to measure instead of this tree's; the harness is then not rebuilt either).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
bin="$target/release"
if [ -n "${QUICK:-}" ]; then
  : "${GW_RATE:=500}" "${GW_SECS:=5}" "${GW_RUNS:=3}" "${INGEST_RATE:=5000}" "${INGEST_SECS:=10}" "${PROFILES:=standard}"
fi
GW_RATE="${GW_RATE:-1000}"; GW_SECS="${GW_SECS:-10}"; GW_RUNS="${GW_RUNS:-5}"
INGEST_RATE="${INGEST_RATE:-50000}"; INGEST_SECS="${INGEST_SECS:-25}"; PROFILES="${PROFILES:-standard heavy}"
out="${OUT:-$root/bench/results}"
mkdir -p "$out"

glassbox="${GLASSBOX_BIN:-$bin/glassbox}"
if [ -z "${GLASSBOX_BIN:-}" ]; then
  echo "==> release build" >&2
  cargo build --release --locked -p glassbox -p glassbox-bench >&2
fi

# Pin the server under test and the rest to different cores when there are two.
pin_server=(); pin_rest=()
if command -v taskset >/dev/null 2>&1 && [ "$(nproc)" -ge 2 ]; then
  pin_server=(taskset -c 1); pin_rest=(taskset -c 0)
fi
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
wait_http() {
  python3 - "$1" <<'PY'
import sys, time, urllib.request
for _ in range(300):
    try:
        urllib.request.urlopen(sys.argv[1], timeout=1); sys.exit(0)
    except OSError:
        time.sleep(0.1)
sys.exit(f"{sys.argv[1]} did not answer")
PY
}
serve() { # serve PIN PORT DATA_DIR [extra args…]: starts glassbox, sets $server_pid
  local pin="$1" port="$2" dir="$3"; shift 3
  local pinning=()
  [ "$pin" = pinned ] && pinning=("${pin_server[@]}")
  GLASSBOX_LOG=warn "${pinning[@]}" "$glassbox" serve --listen "127.0.0.1:$port" \
    --grpc-listen "127.0.0.1:$((port + 1))" --otlp-http-listen off --data-dir "$dir" "$@" >"$dir.log" 2>&1 &
  server_pid=$!; pids+=("$server_pid")
  wait_http "http://127.0.0.1:$port/healthz"
}

echo "==> gateway: $GW_RUNS runs at $GW_RATE req/s for $GW_SECS s" >&2
scratch="$(mktemp -d /tmp/gb-suite-XXXX)"
# The mock model is always this tree's build, so two builds measured in turn face the same one.
"${pin_rest[@]}" "$bin/glassbox" mock-upstream --listen 127.0.0.1:4781 >"$scratch/mock.log" 2>&1 &
mock_pid=$!; pids+=("$mock_pid")
wait_http "http://127.0.0.1:4781/v1/models"
serve pinned 4790 "$scratch/gateway" --upstream http://127.0.0.1:4781/v1
"${pin_rest[@]}" "$bin/gateway_load" --gateway http://127.0.0.1:4790/v1 --gateway-pid "$server_pid" \
  --upstream http://127.0.0.1:4781/v1 --upstream-pid "$mock_pid" \
  --rate "$GW_RATE" --secs "$GW_SECS" --runs "$GW_RUNS" --json "$out/gateway.json" >&2
kill "$server_pid" "$mock_pid"; wait "$server_pid" "$mock_pid" 2>/dev/null || true

for profile in $PROFILES; do
  echo "==> ingest: $profile profile, $INGEST_RATE spans/s offered for $INGEST_SECS s" >&2
  # Ingest gets the whole machine (its pipeline runs redaction on two workers).
  serve unpinned 4795 "$scratch/ingest-$profile"
  extra=()
  [ "$profile" = heavy ] && extra=(--traces-per-request 34 --max-in-flight 2)
  "${pin_rest[@]}" "$bin/otlp_load" --target http://127.0.0.1:4795 --rate "$INGEST_RATE" --duration "$INGEST_SECS" \
    --query-samples 0 --pid "$server_pid" --data-dir "$scratch/ingest-$profile" --profile "$profile" \
    --json "$out/ingest-$profile.json" "${extra[@]}" >&2
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
done
rm -rf "$scratch"

python3 "$root/bench/summary.py" "$out" ${1:+"$1"}
