"""The golden thread with real parts: headless Chromium opens a shop page served from
another origin than glassbox, which loads /glassbox.js; a click sends the order to the
example Python backend (examples/golden-thread/backend.py: Flask, the OpenTelemetry SDK,
psycopg, the openai SDK), which writes to a real PostgreSQL logging to jsonlog, calls the
model through glassbox's gateway (mock upstream) and posts a Segment `track` event; the
page then gives a thumbs up. glassbox tails PostgreSQL's log. For the correlation id the
page shows, /api/investigate returns every hop (browser, backend, database, model,
analytics, feedback); what was typed into the form is nowhere in glassbox's data; the UI's
investigate view shows the thread (screenshot kept). Also measures the time glassbox.js
adds to a fetch."""

import json
import os
import pwd
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psycopg
import pytest

from conftest import ROOT, free_port
from test_openai_sdk import start_mock
from test_privacy import disk_haystacks

sys.path.insert(0, str(ROOT / "crates" / "glassbox-ui" / "tests" / "browser"))
from cdp import launch  # noqa: E402

PG_BINS = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"))
BACKEND = ROOT / "examples" / "golden-thread" / "backend.py"
ADMIN = "admin-token-0123456789"
INGEST = "ingest-token-0123456789"
GATEWAY = "gateway-token-0123456789"
BROWSER_KEY = "browser-key-0123456789"
# What the customer types into the page.
NAME, EMAIL, NOTE_PHONE = "Zofia Wróblewska", "zofia.wroblewska@example.org", "+48 512 345 678"


class Postgres:
    """A throwaway cluster on loopback, logging every statement to jsonlog; stopped by PID."""

    def __init__(self):
        bindir = PG_BINS[-1].parent
        self.dir = Path(tempfile.mkdtemp(prefix="glassbox-pg-"))
        self.port = free_port()
        root = os.geteuid() == 0
        as_pg = ["runuser", "-u", "postgres", "--"] if root else []
        if root:
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        subprocess.run([*as_pg, str(bindir / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8", "--locale=C"], check=True, capture_output=True)
        with open(self.dir / "data" / "postgresql.conf", "a") as f:
            f.write(f"""
listen_addresses = '127.0.0.1'
port = {self.port}
unix_socket_directories = '{self.dir}'
logging_collector = on
log_destination = 'jsonlog'
log_directory = 'log'
log_filename = 'postgresql-%Y%m%d_%H%M%S.log'
log_file_mode = 0640
log_min_duration_statement = 0
log_lock_waits = on
log_timezone = 'UTC'
fsync = off
""")
        self.log = open(self.dir / "postgres.out", "wb")
        self.proc = subprocess.Popen([*as_pg, str(bindir / "postgres"), "-D", str(self.dir / "data")],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 30
        while True:
            try:
                with psycopg.connect(f"postgresql://postgres@127.0.0.1:{self.port}/postgres", autocommit=True) as c:
                    c.execute("CREATE DATABASE shop")
                break
            except psycopg.OperationalError:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise RuntimeError((self.dir / "postgres.out").read_text())
                time.sleep(0.2)
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/shop"
        self.log_glob = str(self.dir / "data" / "log" / "postgresql-*.json")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def wait_http(url, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer")


def click(page, selector):
    """A real mouse click (pressed and released) in the middle of the element."""
    box = page.eval(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                    " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    for kind in ("mousePressed", "mouseReleased"):
        page.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)


def type_into(page, selector, text):
    page.eval(f"document.querySelector({json.dumps(selector)}).focus()")
    page.call("Input.insertText", text=text)


@pytest.mark.skipif(shutil.which("chromium") is None or not PG_BINS,
                    reason="chromium and postgresql are installed by scripts/test.sh")
def test_one_click_through_browser_backend_database_model_and_analytics(glassbox, tmp_path):
    pg = Postgres()
    mock, mock_port = start_mock(tmp_path)
    backend = None
    try:
        backend_port = free_port()
        origin = f"http://127.0.0.1:{backend_port}"
        config = tmp_path / "glassbox.toml"
        tokens = "".join(f'[[auth.tokens]]\ntoken = "{t}"\nscopes = ["{scope}"]\n' for t, scope in
                         [(ADMIN, "admin"), (INGEST, "ingest"), (GATEWAY, "gateway"), (BROWSER_KEY, "ingest-browser")])
        config.write_text(f"""
[server]
cors_allowed_origins = ["{origin}"]

{tokens}
[[sources.postgres_log]]
path = "{pg.log_glob}"
poll_ms = 100
""")
        g = glassbox(args=["--config", str(config), "--upstream", f"http://127.0.0.1:{mock_port}/v1"], token=ADMIN)
        backend_log = open(tmp_path / "backend.log", "wb")
        backend = subprocess.Popen(
            [sys.executable, str(BACKEND), "--port", str(backend_port)],
            env={**os.environ, "GLASSBOX_URL": g.base, "DATABASE_URL": pg.url, "GLASSBOX_INGEST_TOKEN": INGEST,
                 "GLASSBOX_GATEWAY_TOKEN": GATEWAY, "GLASSBOX_BROWSER_KEY": BROWSER_KEY},
            stdout=backend_log, stderr=subprocess.STDOUT)
        wait_http(origin + "/healthz")
        artifacts = Path(os.environ.get("GLASSBOX_ARTIFACTS", tmp_path)) / "screenshots"
        artifacts.mkdir(parents=True, exist_ok=True)

        with launch(str(artifacts)) as page:
            page.goto(origin + "/")
            page.wait("window.glassbox && document.getElementById('buy')", "the shop page with glassbox.js")
            type_into(page, "input[name=name]", NAME)
            type_into(page, "input[name=email]", EMAIL)
            type_into(page, "textarea[name=note]", f"call me on {NOTE_PHONE} before delivery")
            click(page, "#buy")
            page.wait("!document.getElementById('reference').hidden", "the order's reference", timeout=30)
            cid = page.eval("document.getElementById('reference').dataset.id")
            assert cid.startswith("web-"), cid
            click(page, "#thumbs-up")
            page.wait("document.getElementById('thumbs-up').textContent === 'Thanks!'", "feedback sent")
            page.screenshot("golden-thread-shop")
            assert not page.problems, page.problems

            # The thread, as investigate sees it: every hop, nothing missing.
            # (The interaction's own span comes last: it ends when the page has been idle 3 s.)
            deadline = time.time() + 30
            while True:
                inv = g.get(f"/api/investigate/{cid}")
                hops = {h["hop"]: h["count"] for h in inv["thread"]["hops"]}
                spans = [s for t in inv["traces"] for s in g.get(f"/api/traces/{t['trace_id']}")["spans"]]
                done = any(s["name"] == "click #buy" for s in spans)
                if (all(hops.values()) and done) or time.time() > deadline:
                    break
                time.sleep(0.5)
            assert all(hops.values()), f"hops {hops}; missing {inv['thread']['missing']}"
            assert inv["thread"]["missing"] == []
            by_id = {s["span_id"]: s for s in spans}
            insert = next(s for s in spans if s["name"] == "INSERT shop")
            # The statement hangs under the backend span that issued it, with its timing.
            assert by_id[insert["parent_span_id"]]["name"] == "save order"
            assert insert["duration_ns"] > 0 and "db.query.text" in insert["attributes"]
            # One trace: the browser's click is its root, the backend continues the page's fetch.
            assert len(inv["traces"]) == 1, [(t["root_name"], t["trace_id"]) for t in inv["traces"]]
            assert any(s["name"] == "click #buy" and not s.get("parent_span_id") for s in spans), \
                sorted(s["name"] for s in spans)
            server = next(s for s in spans if s["service"] == "shop-backend" and s["name"] == "POST /api/order")
            assert by_id[server["parent_span_id"]]["service"] == "shop-web"

            # The UI's investigate view shows the thread.
            # The token is stored from a page of glassbox's origin that runs no UI code
            # (the UI, signed out, would answer its own 401s by forgetting the token).
            page.goto(g.base + "/healthz")
            page.eval(f"sessionStorage.setItem('glassbox.token', {json.dumps(ADMIN)})")
            page.goto(f"{g.base}/investigate/{cid}")
            page.wait("document.querySelectorAll('.thread .hop.seen').length === 6", "six hops seen in the UI")
            page.screenshot("golden-thread-investigate")

            # The time glassbox.js adds to a fetch: batches of 50 fetches through the page's
            # original fetch and through glassbox's, alternated 12 times (so drift in the
            # backend's speed falls on both), median of the per-batch differences.
            page.goto(origin + "/healthz")
            page.eval(f"""new Promise((ok) => {{ const s = document.createElement('script');
                s.src = {json.dumps(g.base + '/glassbox.js')}; s.onload = ok; document.head.append(s); }})""")
            page.eval(f"window.rawFetch = window.fetch; glassbox.init({{service: 'bench', "
                      f"key: {json.dumps(BROWSER_KEY)}, pageLoad: false}}), 1")
            batch = """async (f, n) => { const t0 = performance.now();
                for (let i = 0; i < n; i++) await (await f('/healthz')).text();
                return (performance.now() - t0) / n; }"""
            plain, traced = [], []
            for _ in range(12):
                plain.append(page.eval(f"({batch})(window.rawFetch, 50)"))
                traced.append(page.eval(f"({batch})(window.fetch, 50)"))
            added = statistics.median(t - p for p, t in zip(plain, traced))
            print(f"glassbox.js over the network: fetch {statistics.median(plain):.3f} ms without, "
                  f"{statistics.median(traced):.3f} ms with: {added:+.3f} ms per fetch (median of 12 batches)")
            # The script's own work per fetch, without the network's noise: the same, with
            # the page's fetch answering at once (glassbox.js loaded after it was replaced).
            page.goto(origin + "/healthz")
            page.eval(f"""new Promise((ok) => {{ window.fetch = () => Promise.resolve(new Response('ok'));
                const s = document.createElement('script'); s.src = {json.dumps(g.base + '/glassbox.js')};
                s.onload = ok; document.head.append(s); }})""")
            page.eval("window.rawFetch = window.fetch; glassbox.init({service: 'bench', pageLoad: false}), 1")
            js_plain, js_traced = [], []
            for _ in range(12):
                js_plain.append(page.eval(f"({batch})(window.rawFetch, 500)"))
                js_traced.append(page.eval(f"({batch})(window.fetch, 500)"))
            js_added = statistics.median(t - p for p, t in zip(js_plain, js_traced))
            print(f"glassbox.js own work: {js_added * 1000:.1f} µs per fetch (median of 12 batches of 500)")
            (artifacts.parent / "glassbox-js-fetch.json").write_text(json.dumps(
                {"network": {"plain_ms": plain, "instrumented_ms": traced, "added_ms": added},
                 "script_only": {"plain_ms": js_plain, "instrumented_ms": js_traced, "added_ms": js_added}}))
            assert js_added < 0.2, f"glassbox.js spends {js_added:.3f} ms per fetch"
            # Over a real network the difference is mostly the server reading three more headers.
            assert added < 1.0, f"glassbox.js adds {added:.3f} ms per fetch over the network"

        # Nothing typed into the form is anywhere in glassbox's data.
        g.stop()
        needles = [EMAIL.encode(), "Wróblewska".encode(), NOTE_PHONE.encode(), b"512 345 678"]
        haystacks, _blobs = disk_haystacks(g.data_dir)
        hits = [(n, where) for where, data in haystacks for n in needles if n in data]
        assert not hits, hits[:10]
    finally:
        if backend is not None:
            backend.terminate()
            backend.wait(10)
        mock.terminate()
        mock.wait(10)
        pg.stop()
