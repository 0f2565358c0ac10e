#!/usr/bin/env bash
# Trace-by-id on a ClickHouse store of many millions of spans (chdb behind
# tests/clickhouse/chdb_http.py, one glassbox node):
#
#   bench/clickhouse_scale.sh [SPANS] [SAMPLES]      (defaults: 10000000 spans, 500 lookups)
#
# 1. ~200,000 spans go in through glassbox (the `standard` profile of otlp_load, 10,000
#    spans/s for 20 s): the real write path, redaction included.
# 2. ClickHouse copies them until the table holds SPANS rows: each copy gets new trace ids
#    (MD5 of the old id and the copy number, also inside the stored span) and is moved back
#    one minute per copy, so the lookup table and the day partitions see SPANS spans of
#    distinct traces. Writing 10 M spans through one node on this machine would take half
#    an hour; the copies exercise the read path the same way.
# 3. SAMPLES random trace ids, originals and copies alike, are fetched one after another
#    through `GET /api/traces/{id}` on the node: p50, p99 and the largest time, and every
#    answer is checked to hold the trace asked for.
#
# Needs the test venv (.venv with chdb: `pip install -r tests/e2e/requirements.txt`) and
# ~2 GB of free disk for 10 M spans.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-10000000}"
samples="${2:-500}"
. "$root/bench/chdb_front.sh"

cat >"$scratch/a.toml" <<TOML
[storage]
backend = "clickhouse"
[storage.clickhouse]
url = "http://127.0.0.1:$ch_port"
database = "glassbox"
timeout_secs = 120
TOML
GLASSBOX_REDACT_KEY="bench:$(printf '5a%.0s' $(seq 32))" GLASSBOX_LOG=warn "$bin/glassbox" serve \
  --listen 127.0.0.1:4830 --grpc-listen 127.0.0.1:4831 --data-dir "$scratch/a" \
  --config "$scratch/a.toml" >"$scratch/a.log" 2>&1 &
node=$!
pids+=("$node")
for _ in $(seq 300); do curl -sf http://127.0.0.1:4830/healthz >/dev/null && break; sleep 0.1; done

echo "==> ingest through glassbox: 10,000 spans/s offered for 20 s"
"$bin/otlp_load" --target http://127.0.0.1:4830 --rate 10000 --duration 20 --pid "$node" \
  --query-samples 0 --profile standard

"$python" - "$ch_port" "$target" "$samples" <<'PY'
import json, random, statistics, sys, time, urllib.request

port, target, samples = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])

def ch(sql):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/?database=glassbox", data=sql.encode())
    try:
        with urllib.request.urlopen(req, timeout=3600) as r:
            return r.read().decode()
    except urllib.error.HTTPError as e:
        sys.exit(f"ClickHouse refused {sql.split()[0]}: {e.read().decode()[:2000]}")

base = int(ch("SELECT count() FROM otel_traces").strip())
t0 = ch("SELECT toUnixTimestamp64Nano(min(Timestamp)) FROM otel_traces").strip()
copies = max(0, -(-target // base) - 1)
print(f"==> {base} spans stored; adding {copies} copies of them in ClickHouse", flush=True)
started = time.time()
for c in range(1, copies + 1):
    new_id = f"lower(hex(MD5(concat(TraceId, '-{c}'))))"
    ch(f"""INSERT INTO otel_traces SELECT * REPLACE (
            {new_id} AS TraceId,
            Timestamp - toIntervalSecond({c * 60}) AS Timestamp,
            replaceAll(SpanJson, TraceId, {new_id}) AS SpanJson)
        FROM (SELECT * FROM otel_traces WHERE Timestamp >= fromUnixTimestamp64Nano({t0}))""")
    if c % 5 == 0 or c == copies:
        done = base * (c + 1)
        print(f"    {done:>11,} spans ({time.time() - started:.0f} s)", flush=True)
rows = int(ch("SELECT count() FROM otel_traces").strip())
traces = int(ch("SELECT count() FROM otel_traces_trace_id_ts").strip())
print(f"==> otel_traces holds {rows:,} spans of {traces:,} traces")
ids = ch(f"SELECT TraceId FROM otel_traces_trace_id_ts ORDER BY rand() LIMIT {samples}").split()
times = []
for tid in ids:
    t = time.perf_counter()
    with urllib.request.urlopen(f"http://127.0.0.1:4830/api/traces/{tid}", timeout=60) as r:
        doc = json.loads(r.read())
    times.append((time.perf_counter() - t) * 1000)
    assert doc["spans"] and all(s["trace_id"] == tid for s in doc["spans"]), tid
times.sort()
p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
print(f"==> trace by id, {len(times)} lookups one after another: p50 {p(0.5):.1f} ms, "
      f"p99 {p(0.99):.1f} ms, max {times[-1]:.1f} ms, mean {statistics.mean(times):.1f} ms")
print(ch("SELECT table, sum(rows) AS row_count, sum(bytes_on_disk) AS on_disk, "
         "round(on_disk / row_count) AS bytes_per_row FROM system.parts WHERE database = 'glassbox' "
         "AND active AND table LIKE 'otel_traces%' GROUP BY table FORMAT PrettyCompactNoEscapes"))
PY
