#!/usr/bin/env bash
# Ingest through glassbox nodes into ClickHouse's engine (chdb behind
# tests/clickhouse/chdb_http.py) on this machine: one node, then two nodes sharing the
# store, each fed by its own open-loop OTLP/HTTP generator; then trace-by-id latency on
# what was stored and bytes per span in ClickHouse.
#
#   bench/clickhouse.sh [RATE_PER_NODE] [SECONDS]     (defaults: 10000 spans/s, 20 s)
#
# Needs the test venv (.venv with chdb: `pip install -r tests/e2e/requirements.txt`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rate="${1:-10000}"
secs="${2:-20}"
. "$root/bench/chdb_front.sh"
ch() { curl -sS --data-binary "$1" "http://127.0.0.1:$ch_port/?database=glassbox"; }

node() { # name port database
  cat >"$scratch/$1.toml" <<TOML
[storage]
backend = "clickhouse"
[storage.clickhouse]
url = "http://127.0.0.1:$ch_port"
database = "$3"
TOML
  GLASSBOX_REDACT_KEY="bench:$(printf '5a%.0s' $(seq 32))" GLASSBOX_LOG=warn "$bin/glassbox" serve --listen "127.0.0.1:$2" --grpc-listen "127.0.0.1:$(($2 + 1))" \
    --data-dir "$scratch/$1" --config "$scratch/$1.toml" >"$scratch/$1.log" 2>&1 &
  local pid=$!
  echo "$pid"
  for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || break
    curl -sf "http://127.0.0.1:$2/healthz" >/dev/null && return
    sleep 0.1
  done
  echo "glassbox $1 did not start" >&2; cat "$scratch/$1.log" >&2; exit 1
}

load() { # port pid samples
  "$bin/otlp_load" --target "http://127.0.0.1:$1" --rate "$rate" --duration "$secs" \
    --pid "$2" --query-samples "$3" --profile standard
}

echo "==> one node, $rate spans/s offered for $secs s"
a=$(node a 4810 glassbox)
pids+=("$a")
load 4810 "$a" 500 | tee "$scratch/one.txt"

echo "==> two nodes on one store, $rate spans/s offered to each for $secs s"
b=$(node b 4820 glassbox)
pids+=("$b")
load 4810 "$a" 0 >"$scratch/two-a.txt" &
la=$!
load 4820 "$b" 0 >"$scratch/two-b.txt"
wait "$la"
grep -h "acknowledged" "$scratch/two-a.txt" "$scratch/two-b.txt"

echo "==> ClickHouse"
ch "SELECT table, sum(rows) AS row_count, sum(bytes_on_disk) AS on_disk, round(on_disk / row_count) AS bytes_per_row FROM system.parts WHERE database = 'glassbox' AND active GROUP BY table ORDER BY on_disk DESC FORMAT PrettyCompactNoEscapes"
