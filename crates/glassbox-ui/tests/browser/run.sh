#!/usr/bin/env bash
# Browser tests of the glassbox UI in headless Chromium, driven over the DevTools protocol.
#   run.sh BASE_URL ARTIFACT_DIR
# BASE_URL: a running glassbox (`glassbox demo`) or the fixture server
#   (cargo run -p glassbox-ui --example fixture_server -- 127.0.0.1:4010).
# Needs python3 (standard library only) and chromium. Set GLASSBOX_TOKEN when the server asks for one.
set -euo pipefail
if [ $# -ne 2 ]; then echo "usage: $0 BASE_URL ARTIFACT_DIR" >&2; exit 2; fi
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$2"
exec python3 "$here/ui_test.py" "$1" "$2"
