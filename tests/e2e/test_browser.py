"""The web UI in Debian's headless Chromium against `glassbox demo` with auth tokens on:
the page loads without a token, signs in through its dialog (a wrong token is refused,
the right one is kept for the tab), every page loads without console errors and shows
its data, and signing out forgets the token; screenshots are saved as test artifacts."""

import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

RUNNER = ROOT / "crates" / "glassbox-ui" / "tests" / "browser" / "run.sh"


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is installed by scripts/test.sh")
@pytest.mark.parametrize("bound", [False, True], ids=["admin", "read-bound-to-a-project"])
def test_every_page_in_a_real_browser(glassbox, tmp_path, bound):
    # Every page also works for a token limited to a project (the demo's traffic, sent
    # with an admin token of its own, is the `default` project's).
    token = "ui-admin-token-0123456789"
    tokens = f'{{token = "{token}", scopes = ["admin"]}}'
    if bound:
        tokens = (f'{{token = "{token}", scopes = ["read"], projects = ["default"]}}, '
                  '{token = "demo-traffic-token-0123456789", scopes = ["admin"]}')
    g = glassbox(command="demo", token=token, env={"GLASSBOX_AUTH__TOKENS": f"[{tokens}]"})
    # Tokens are on: data needs one, the page itself does not.
    g.get("/api/traces", expect=401, headers={})
    page = urllib.request.urlopen(g.base + "/traces", timeout=10)
    assert page.status == 200 and b"token-dialog" in page.read()
    # The demo's first burst holds a 5 s-slow agent run; wait until it and the chat traffic are in.
    deadline = time.time() + 60
    while time.time() < deadline:
        slow = g.get("/api/traces?min_duration=4s&limit=1")["traces"]
        summary = g.get("/api/metrics/summary?window=15m")
        if slow and summary["requests"] > 20:
            break
        time.sleep(1)
    assert slow, "the demo produced no slow trace"
    artifacts = Path(os.environ.get("GLASSBOX_ARTIFACTS", tmp_path)) / "screenshots"
    out = subprocess.run([str(RUNNER), g.base, str(artifacts)], capture_output=True, text=True, timeout=600,
                         env={**os.environ, "GLASSBOX_TOKEN": token})
    print(out.stdout[-4000:])
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-4000:]
    assert (artifacts / "trace-slow.png").exists()
