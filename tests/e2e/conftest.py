"""Shared fixtures for glassbox's end-to-end tests: start the real binary on free
loopback ports with a fresh data directory, wait until it answers, stop it by PID."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("GLASSBOX_BIN", ROOT / "target" / "debug" / "glassbox"))
FIXTURES = ROOT / "tests" / "fixtures"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Glassbox:
    """A running `glassbox` process."""

    def __init__(self, data_dir: Path, args=(), env=None, command="serve", token=None):
        self.data_dir = data_dir
        # Sent as a bearer token by get/post_json unless a call gives its own headers.
        self.token = token
        self.http_port = free_port()
        self.grpc_port = free_port()
        self.base = f"http://127.0.0.1:{self.http_port}"
        self.log_path = data_dir.parent / f"glassbox-{self.http_port}.log"
        full_env = dict(os.environ)
        full_env.setdefault("GLASSBOX_LOG", "info")
        full_env.update(env or {})
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            [str(BINARY), command, "--listen", f"127.0.0.1:{self.http_port}",
             "--grpc-listen", f"127.0.0.1:{self.grpc_port}", "--data-dir", str(data_dir), *args],
            stdout=self.log, stderr=subprocess.STDOUT, env=full_env)
        self.wait_ready()

    def wait_ready(self, timeout=30.0):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"glassbox exited early:\n{self.log_path.read_text()}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.1)
        raise RuntimeError(f"glassbox did not become healthy:\n{self.log_path.read_text()}")

    def auth(self, headers):
        if headers is None and self.token:
            return {"authorization": f"Bearer {self.token}"}
        return headers or {}

    def get(self, path, expect=200, headers=None):
        req = urllib.request.Request(self.base + path, headers=self.auth(headers))
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status, body = r.status, r.read()
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read()
        assert status == expect, f"GET {path}: {status} {body[:500]!r}"
        return json.loads(body) if body else None

    def post_json(self, path, payload, expect=200, headers=None):
        data = json.dumps(payload).encode()
        req = urllib.request.Request(self.base + path, data=data, method="POST",
                                     headers={"content-type": "application/json", **self.auth(headers)})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                status, body = r.status, r.read()
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read()
        assert status == expect, f"POST {path}: {status} {body[:500]!r}"
        return json.loads(body) if body else None

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
        return self.proc.returncode


@pytest.fixture
def glassbox(tmp_path):
    servers = []

    def start(**kw):
        data_dir = tmp_path / f"data{len(servers)}"
        g = Glassbox(data_dir, **kw)
        servers.append(g)
        return g

    yield start
    for g in servers:
        g.stop()


class Upstream(BaseHTTPRequestHandler):
    """Base of the scripted OpenAI-compatible upstreams the tests put behind the gateway:
    quiet, reads and answers JSON."""

    def log_message(self, *a):
        pass

    def read_json(self):
        n = int(self.headers.get("content-length") or 0)
        return json.loads(self.rfile.read(n) or b"null")

    def reply_json(self, body):
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def chat_completion(model, content, finish="stop", usage=None):
    """A Chat Completions answer."""
    body = {"id": "c1", "object": "chat.completion", "created": 1, "model": model,
            "choices": [{"index": 0, "finish_reason": finish, "message": {"role": "assistant", "content": content}}]}
    if usage:
        body["usage"] = usage
    return body


def start_upstream(handler):
    """Serves `handler` on a free loopback port in a thread; call `.shutdown()` to stop."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextlib.contextmanager
def gateway_to(glassbox, handler):
    """A glassbox whose gateway forwards to `handler` served on loopback."""
    upstream = start_upstream(handler)
    try:
        yield glassbox(args=["--upstream", f"http://127.0.0.1:{upstream.server_port}/v1"])
    finally:
        upstream.shutdown()


def wait_for(fn, timeout=20):
    """Calls `fn` until it returns something truthy or `timeout` seconds pass; returns
    its last value."""
    deadline = time.time() + timeout
    while True:
        v = fn()
        if v or time.time() > deadline:
            return v
        time.sleep(0.2)
