"""The official `openai` Python SDK through glassbox's gateway to the built-in mock model:
plain, streamed, embeddings, 429 → RateLimitError, cancel mid-stream (the gateway's own
script), then the stored span and log of a call carrying PII are checked."""

import os
import subprocess
import sys
import time

import openai

from conftest import BINARY, ROOT, free_port

SCRIPT = ROOT / "crates" / "glassbox-gateway" / "tests" / "openai_sdk_e2e.py"


def start_mock(tmp_path):
    port = free_port()
    log = open(tmp_path / "mock.log", "wb")
    proc = subprocess.Popen([str(BINARY), "mock-upstream", "--listen", f"127.0.0.1:{port}", "--chunk-delay-ms", "5"],
                            stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            import urllib.request
            urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=1)
            return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("mock upstream did not start")


def test_openai_sdk_through_the_gateway(glassbox, tmp_path):
    mock, port = start_mock(tmp_path)
    try:
        g = glassbox(args=["--upstream", f"http://127.0.0.1:{port}/v1"])
        env = dict(os.environ, GLASSBOX_GATEWAY_URL=f"{g.base}/v1", OPENAI_API_KEY="sk-e2e")
        out = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=120)
        print(out.stdout, out.stderr)
        assert out.returncode == 0, out.stdout + out.stderr
        assert ", 0 failed" in out.stdout

        client = openai.OpenAI(base_url=f"{g.base}/v1", api_key="sk-e2e")
        raw = client.chat.completions.with_raw_response.create(
            model="mock-model",
            messages=[{"role": "system", "content": "You are the Acme support bot."},
                      {"role": "user", "content": "I am Jane Roe, card 4111 1111 1111 1111, mail jane.roe@example.com"}],
            user="jane.roe@example.com",
            extra_headers={"x-correlation-id": "order-9001"},
        )
        assert raw.headers["x-request-id"] == "order-9001"
        trace_id = raw.headers["traceparent"].split("-")[1]
        assert "glassbox" in raw.headers.get("server-timing", "")
        deadline = time.time() + 20
        while time.time() < deadline:
            logs = g.get(f"/api/logs?correlation_id=order-9001")["logs"]
            if logs:
                break
            time.sleep(0.2)
        assert logs, "the gateway's log line was not stored"
        log = logs[0]
        span = g.get(f"/api/traces/{trace_id}")["spans"][0]
        text = str(log) + str(span)
        for raw_value in ["4111 1111 1111 1111", "jane.roe@example.com", "Jane Roe"]:
            assert raw_value not in text, f"{raw_value} reached the store"
        assert span["gen_ai"]["prompt_hash"] and span["gen_ai"]["system_prompt_hash"]
        assert log["attributes"]["prompt_hash"] == span["gen_ai"]["prompt_hash"]
        assert span["user_id"].startswith("[ID:")
        inv = g.get("/api/investigate/order-9001")
        assert {e["type"] for e in inv["timeline"]} >= {"span", "log"}
    finally:
        mock.kill()
        mock.wait()
