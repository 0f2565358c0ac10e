# Sourced by the ClickHouse benchmarks after they set `root`: builds glassbox and the load
# generators, starts ClickHouse's engine (chdb behind tests/clickhouse/chdb_http.py) on a
# free port, and stops everything started (PIDs in `pids`) when the script exits.
# Sets: bin, python, scratch, pids, ch_port.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --locked -p glassbox -p glassbox-bench >&2
bin="$CARGO_TARGET_DIR/release"
python="$root/.venv/bin/python"
scratch="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

"$python" "$root/tests/clickhouse/chdb_http.py" --port 0 --path "$scratch/ch" \
  --port-file "$scratch/ch.port" --compatibility 24.8 >"$scratch/ch.log" 2>&1 &
pids+=("$!")
for _ in $(seq 600); do [ -s "$scratch/ch.port" ] && break; sleep 0.1; done
if [ ! -s "$scratch/ch.port" ]; then
  echo "the ClickHouse HTTP front did not start:" >&2; cat "$scratch/ch.log" >&2; exit 1
fi
ch_port="$(cat "$scratch/ch.port")"
