"""Two stateless glassbox nodes on one ClickHouse and one S3 bucket (SeaweedFS): ClickHouse's
engine (chdb) behind
`tests/clickhouse/chdb_http.py`, which speaks ClickHouse's HTTP interface. The real
OpenTelemetry SDK exports an agent trace to node A; node B answers every query, takes the
user's feedback, and node A sees it. With ClickHouse down, an export is refused with 503 +
Retry-After (nothing is acknowledged that is not stored) and readiness says why; once
ClickHouse is back, the refused export goes through. Bodies dropped for sampling on node A
come back when the thumbs-down reaches node B. Calls sent to both nodes in a minute still
open are counted, with their P99, in either node's metrics summary."""

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

from conftest import BINARY, ROOT, Glassbox, Upstream, chat_completion, free_port, start_upstream, wait_for
from test_otel_sdk import agent_trace
from test_s3 import BUCKET, seaweed  # noqa: F401  (a fixture: SeaweedFS for the blobs)

CHDB_HTTP = ROOT / "tests" / "clickhouse" / "chdb_http.py"
# Nodes sharing a store share one redaction key (glassbox refuses to start otherwise).
SHARED_KEY = {"GLASSBOX_REDACT_KEY": "e2e:" + "7f" * 32}


def start_clickhouse(tmp_path: Path, port: int):
    """The ClickHouse HTTP front on `port`, data in `tmp_path/clickhouse` (kept across
    restarts). Returns the process; stop it by PID."""
    port_file = tmp_path / f"clickhouse-{time.time_ns()}.port"
    log = open(tmp_path / "clickhouse.log", "ab")
    proc = subprocess.Popen(
        [sys.executable, str(CHDB_HTTP), "--port", str(port), "--path", str(tmp_path / "clickhouse"),
         "--port-file", str(port_file), "--compatibility", "24.8", "--exit-with", str(os.getpid())],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 60
    while not port_file.exists():
        assert proc.poll() is None, (tmp_path / "clickhouse.log").read_text()[-3000:]
        assert time.time() < deadline, "the ClickHouse HTTP front did not start"
        time.sleep(0.05)
    return proc


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def post_otlp(g, doc):
    req = urllib.request.Request(g.base + "/v1/traces", data=json.dumps(doc).encode(), method="POST",
                                 headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def one_span(trace_id, prompt=None, error=False, duration_ms=5, service="ch-outage"):
    now = time.time_ns()
    attrs = [{"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}}]
    if prompt:
        attrs.append({"key": "gen_ai.input.messages", "value": {"stringValue": json.dumps(
            [{"role": "user", "parts": [{"type": "text", "content": prompt}]}])}})
    return {"resourceSpans": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": service}}]},
        "scopeSpans": [{"spans": [{
            "traceId": trace_id, "spanId": "00f067aa0ba902b7", "name": "chat gpt-4o", "kind": 3,
            "startTimeUnixNano": str(now), "endTimeUnixNano": str(now + duration_ms * 1_000_000),
            "status": {"code": 2 if error else 0},
            "attributes": attrs}]}]}]}


def test_two_nodes_share_one_clickhouse_and_survive_its_outage(tmp_path, seaweed):
    port = free_port()
    ch = start_clickhouse(tmp_path, port)
    config = tmp_path / "glassbox.toml"
    config.write_text(
        f'[payload]\nsample_rate = 0.0\nblob_store = "s3://{BUCKET}/glassbox"\noffload_threshold_bytes = 512\n'
        '[storage]\nbackend = "clickhouse"\n'
        f'[storage.clickhouse]\nurl = "http://127.0.0.1:{port}"\ndatabase = "glassbox_e2e"\ntimeout_secs = 10\n')
    env = {**SHARED_KEY, "AWS_ENDPOINT_URL": f"http://127.0.0.1:{seaweed}", "AWS_ACCESS_KEY_ID": "glassbox-e2e",
           "AWS_SECRET_ACCESS_KEY": "glassbox-e2e-secret", "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true"}
    nodes = []
    try:
        a = Glassbox(tmp_path / "a", args=["--config", str(config)], env=env)
        nodes.append(a)
        b = Glassbox(tmp_path / "b", args=["--config", str(config)], env=env)
        nodes.append(b)

        trace_id = agent_trace(OTLPSpanExporter(endpoint=a.base + "/v1/traces"), "ch-agent")
        # Node B reads what node A stored: the waterfall, redacted.
        doc = b.get(f"/api/traces/{trace_id}")
        names = {s["name"] for s in doc["spans"]}
        assert names == {"invoke_agent travel_planner", "chat gpt-4o", "execute_tool search_flights",
                         "GET flights-api", "chat gpt-4o answer"}
        assert "4111 1111 1111 1111" not in json.dumps(doc), "raw card number at rest"
        listed = b.get("/api/traces?service=ch-agent")["traces"]
        assert [t["trace_id"] for t in listed] == [trace_id]
        assert listed[0]["span_count"] == 5 and listed[0]["error"] is True
        # By user: node B pseudonymizes the raw id with the same key node A stored it under.
        by_user = b.get("/api/traces?user_id=alice@example.com")["traces"]
        assert [t["trace_id"] for t in by_user] == [trace_id]
        assert "alice@example.com" not in json.dumps(by_user)
        inv = b.get("/api/investigate/cust-402-ch-agent")
        assert "correlation_id" in inv["matched_as"]
        assert len([e for e in inv["timeline"] if e["type"] == "span"]) == 5

        # Feedback through node B lands on the trace node A lists.
        b.post_json("/api/feedback", {"trace_id": trace_id, "value": "down"})
        down = a.get("/api/traces?feedback=down")["traces"]
        assert [t["trace_id"] for t in down] == [trace_id]
        assert down[0]["feedback_down"] == 1

        # Node A drops a body for sampling and parks it; the thumbs-down reaches node B,
        # which brings it back (redacted, as it was parked).
        unsampled = "5c0a2f3577b34da6a3ce929d0e0e4737"
        status, _, body = post_otlp(a, one_span(unsampled, "My card 4111 1111 1111 1111 was charged twice"))
        assert status == 200, body[:300]
        (span,) = b.get(f"/api/traces/{unsampled}")["spans"]
        assert span["attributes"]["glassbox.payload"] == "not_sampled"
        b.post_json("/api/feedback", {"trace_id": unsampled, "value": "down"})
        (span,) = a.get(f"/api/traces/{unsampled}")["spans"]
        assert span["attributes"]["glassbox.payload"] == "kept_late", span["attributes"]
        text = json.dumps(span)
        assert "charged twice" in text and "[CREDIT_CARD]" in text
        assert "4111 1111 1111 1111" not in text

        # A large body kept with its failed call is offloaded to S3 by node A; node B
        # serves it from the bucket (redacted).
        failed = "6d1b3f3577b34da6a3ce929d0e0e4738"
        long_prompt = "Refund order 5521 to card 4111 1111 1111 1111, please. " * 20
        status, _, body = post_otlp(a, one_span(failed, long_prompt, error=True))
        assert status == 200, body[:300]
        (span,) = b.get(f"/api/traces/{failed}")["spans"]
        ref = span["attributes"]["glassbox.payload"]
        assert ref.startswith("blob://sha256/"), span["attributes"]
        blob = b.get(f"/api/blobs/{ref.rsplit('/', 1)[1]}")
        text = json.dumps(blob)
        assert "Refund order" in text and "4111 1111 1111 1111" not in text
        assert not any((tmp_path / "a").rglob("*.zst")), "the body went to S3, not a node's disk"

        # Metrics of the minute still open: 6 fast calls to node A, 4 slow ones to node B.
        # Each node shares a snapshot of its open minutes every 5 s, so either node's
        # summary counts the calls of both, with the P99 of both (node B's 2 s calls).
        for i in range(6):
            status, _, body = post_otlp(a, one_span(f"a{i:031x}", duration_ms=10, service="ch-metrics"))
            assert status == 200, body[:300]
        for i in range(4):
            status, _, body = post_otlp(b, one_span(f"b{i:031x}", duration_ms=2000, service="ch-metrics"))
            assert status == 200, body[:300]

        def both_count_both():
            got = [g.get("/api/metrics/summary?window=15m&service=ch-metrics") for g in (a, b)]
            return all(s["requests"] == 10 for s in got) and got

        summaries = wait_for(both_count_both, timeout=30)
        assert summaries, [g.get("/api/metrics/summary?window=15m&service=ch-metrics") for g in (a, b)]
        for s in summaries:
            # DDSketch's relative accuracy is 1%.
            assert abs(s["latency_ms"]["p99"] - 2000) / 2000 < 0.02, s["latency_ms"]
            assert abs(s["latency_ms"]["p50"] - 10) / 10 < 0.02, s["latency_ms"]

        # ClickHouse goes away: nothing is acknowledged, clients are told to retry.
        stop(ch)
        outage = "4bf92f3577b34da6a3ce929d0e0e4736"
        status, headers, body = post_otlp(a, one_span(outage))
        assert status == 503, (status, body[:300])
        assert int({k.lower(): v for k, v in headers.items()}["retry-after"]) > 0
        not_ready = wait_for(lambda: urllib_status(a.base + "/readyz") == 503, timeout=30)
        assert not_ready, "readiness should fail while ClickHouse is down"

        # It comes back on the same data: the retried export is stored, nothing was lost.
        ch = start_clickhouse(tmp_path, port)
        assert wait_for(lambda: urllib_status(a.base + "/readyz") == 200, timeout=30)
        status, _, body = post_otlp(a, one_span(outage))
        assert status == 200, body[:300]
        assert len(b.get(f"/api/traces/{outage}")["spans"]) == 1
        assert len(b.get(f"/api/traces/{trace_id}")["spans"]) == 5
        for g in nodes:
            assert g.stop() == 0, g.log_path.read_text()[-3000:]
    finally:
        for g in nodes:
            g.stop()
        stop(ch)


def urllib_status(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except (urllib.error.URLError, OSError):
        return None


def test_kill_9_of_a_node_mid_ingest_loses_no_acknowledged_span(tmp_path):
    port = free_port()
    ch = start_clickhouse(tmp_path, port)
    config = tmp_path / "glassbox.toml"
    config.write_text(
        f'[storage]\nbackend = "clickhouse"\n[storage.clickhouse]\nurl = "http://127.0.0.1:{port}"\n'
        'database = "glassbox_crash"\n')
    a = b = None
    try:
        a = Glassbox(tmp_path / "a", args=["--config", str(config)], env=SHARED_KEY)
        b = Glassbox(tmp_path / "b", args=["--config", str(config)], env=SHARED_KEY)
        acked, stop_sending = [], threading.Event()

        def send():
            while not stop_sending.is_set():
                trace_id = os.urandom(16).hex()
                try:
                    status, _, _ = post_otlp(a, one_span(trace_id))
                except OSError:
                    return
                if status == 200:
                    acked.append(trace_id)

        senders = [threading.Thread(target=send) for _ in range(4)]
        for t in senders:
            t.start()
        assert wait_for(lambda: len(acked) >= 40, timeout=60), f"only {len(acked)} acknowledged"
        a.proc.send_signal(signal.SIGKILL)  # mid-ingest: requests are in flight
        a.proc.wait()
        stop_sending.set()
        for t in senders:
            t.join()
        missing = [t for t in acked if len(b.get(f"/api/traces/{t}")["spans"]) != 1]
        assert not missing, f"{len(missing)} of {len(acked)} acknowledged spans lost"
    finally:
        for g in (a, b):
            if g:
                g.stop()
        stop(ch)


def test_nodes_on_clickhouse_refuse_to_start_without_a_shared_redaction_key(tmp_path):
    config = tmp_path / "glassbox.toml"
    config.write_text('[storage]\nbackend = "clickhouse"\n[storage.clickhouse]\nurl = "http://127.0.0.1:9"\n')
    env = {k: v for k, v in os.environ.items() if k != "GLASSBOX_REDACT_KEY"}
    run = subprocess.run([str(BINARY), "serve", "--listen", f"127.0.0.1:{free_port()}",
                          "--grpc-listen", f"127.0.0.1:{free_port()}", "--data-dir", str(tmp_path / "d"),
                          "--config", str(config)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert "must share one redaction key; set GLASSBOX_REDACT_KEY" in run.stderr + run.stdout


class Answers(Upstream):
    def do_POST(self):
        self.read_json()
        self.reply_json(chat_completion("gpt-4o-mini", "Your parcel ships on Monday."))


def test_gateway_calls_made_while_clickhouse_is_down_are_stored_once_it_is_back(tmp_path):
    port = free_port()
    ch = start_clickhouse(tmp_path, port)
    upstream = start_upstream(Answers)
    config = tmp_path / "glassbox.toml"
    config.write_text(
        f'[storage]\nbackend = "clickhouse"\n[storage.clickhouse]\nurl = "http://127.0.0.1:{port}"\n'
        'database = "glassbox_queue"\ntimeout_secs = 5\n')
    g = None
    try:
        g = Glassbox(tmp_path / "g", args=["--config", str(config), "--upstream",
                                           f"http://127.0.0.1:{upstream.server_port}/v1"], env=SHARED_KEY)
        stop(ch)
        # The model call never waits on observability: answered while the store is down.
        for i in range(3):
            answer = g.post_json("/v1/chat/completions", {
                "model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"Where is parcel {i}?"}]})
            assert answer["choices"][0]["message"]["content"] == "Your parcel ships on Monday."
        # Its records wait in the node's disk queue (redacted), then reach ClickHouse.
        assert wait_for(lambda: any((tmp_path / "g" / "queue").glob("*.batch.zst")), timeout=30)
        ch = start_clickhouse(tmp_path, port)
        stored = wait_for(lambda: len(g.get("/api/traces?limit=10")["traces"]) == 3, timeout=60)
        assert stored, g.get("/api/traces?limit=10")
        # A queued batch is removed right after ClickHouse took it, so the last file may
        # outlive the moment its trace shows by a few milliseconds.
        drained = wait_for(lambda: not any((tmp_path / "g" / "queue").glob("*.batch.zst")), timeout=10)
        assert drained, "the queue is empty once written"
        logs = g.get("/api/logs?limit=10")["logs"]
        assert len(logs) == 3
    finally:
        if g:
            g.stop()
        upstream.shutdown()
        stop(ch)
