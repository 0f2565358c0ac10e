#!/usr/bin/env bash
# glassbox's whole test suite, on a fresh machine: installs what the tests need
# (Debian's prometheus, chromium, postgresql and clickhouse-server, a Python venv with the real OpenTelemetry and
# OpenAI clients and ClickHouse's engine), builds once into one target directory, then runs the Rust unit,
# property and integration tests, the end-to-end tests and the browser tests, and a short
# performance smoke on release binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
# A one-off build gains nothing from incremental state, which costs gigabytes of disk.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
ARTIFACTS="${GLASSBOX_ARTIFACTS:-$ROOT/artifacts}"
mkdir -p "$ARTIFACTS"

step() { printf '\n==> %s\n' "$*"; }

step "system packages"
need=()
command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
command -v clickhouse-server >/dev/null 2>&1 || need+=(clickhouse-server)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

step "python clients"
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -q --disable-pip-version-check -r tests/e2e/requirements.txt

step "build"
cargo build --workspace --all-targets --locked

step "rust tests"
# The ClickHouse store's tests run against ClickHouse's engine (chdb, from the venv) behind
# tests/clickhouse/chdb_http.py.
export GLASSBOX_CHDB_PYTHON="$ROOT/.venv/bin/python"
cargo test --workspace --locked

step "end-to-end tests"
export GLASSBOX_BIN="$CARGO_TARGET_DIR/debug/glassbox"
export GLASSBOX_ARTIFACTS="$ARTIFACTS"
.venv/bin/pytest -q tests/e2e

step "performance smoke (CPU per gateway call and per ingested span against bench/baseline.json)"
bench/guard.sh

step "all tests passed"
