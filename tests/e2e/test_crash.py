"""Durability: every export glassbox acknowledged survives a SIGKILL mid-ingest."""

import os
import signal
import threading
import time
import urllib.error
import urllib.request

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import ResourceSpans, ScopeSpans, Span

from conftest import Glassbox


def request_for(n_spans):
    trace_id = os.urandom(16)
    req = ExportTraceServiceRequest()
    rs = req.resource_spans.add()
    rs.resource.attributes.append(KeyValue(key="service.name", value=AnyValue(string_value="crash-test")))
    ss = rs.scope_spans.add()
    now = time.time_ns()
    for i in range(n_spans):
        s = ss.spans.add()
        s.trace_id = trace_id
        s.span_id = os.urandom(8)
        s.name = f"step-{i}"
        s.start_time_unix_nano = now + i
        s.end_time_unix_nano = now + i + 1000
        s.attributes.append(KeyValue(key="gen_ai.input.messages", value=AnyValue(string_value="x" * 512)))
    return trace_id.hex(), req.SerializeToString()


def test_acknowledged_spans_survive_sigkill(tmp_path):
    data_dir = tmp_path / "data"
    g = Glassbox(data_dir)
    acked = []
    lock = threading.Lock()
    stop = threading.Event()

    def sender():
        while not stop.is_set():
            trace_id, body = request_for(10)
            req = urllib.request.Request(g.base + "/v1/traces", data=body, method="POST",
                                         headers={"content-type": "application/x-protobuf"})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    if r.status == 200:
                        with lock:
                            acked.append(trace_id)
            except (urllib.error.URLError, ConnectionError, OSError):
                return

    threads = [threading.Thread(target=sender) for _ in range(4)]
    for t in threads:
        t.start()
    deadline = time.time() + 30
    while len(acked) < 300 and time.time() < deadline:
        time.sleep(0.05)
    g.proc.send_signal(signal.SIGKILL)  # mid-ingest: senders are still posting
    g.proc.wait()
    stop.set()
    for t in threads:
        t.join()
    assert len(acked) >= 300, f"only {len(acked)} exports acknowledged before the kill"

    g2 = Glassbox(data_dir)
    try:
        missing = [t for t in acked if len(g2.get(f"/api/traces/{t}", expect=200)["spans"]) != 10]
        assert not missing, f"{len(missing)} acknowledged traces lost, e.g. {missing[:3]}"
    finally:
        g2.stop()
