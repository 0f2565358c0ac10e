"""A newcomer's first day, data-loss and misrouting cases, with the real OpenTelemetry
SDK: an SDK with no endpoint configured stores its spans on the standard OTLP/HTTP port;
the HTTP exporter pointed at the gRPC port stores its spans too; mistyped OTLP paths are a
404 naming the right route and never reach a recording model upstream; a second glassbox
on the same data directory refuses and names the first."""

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from conftest import BINARY, ROOT, Upstream, free_port, start_upstream


def one_span(exporter, name):
    provider = TracerProvider(resource=Resource.create({"service.name": "first-day"}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with provider.get_tracer("first-day").start_as_current_span(name) as span:
        trace_id = format(span.get_span_context().trace_id, "032x")
    provider.shutdown()
    return trace_id


def wait_stored(g, trace_id):
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            return g.get(f"/api/traces/{trace_id}")
        except AssertionError:
            time.sleep(0.2)
    raise AssertionError(f"trace {trace_id} was never stored")


def test_sdk_defaults_and_the_grpc_port_both_store(glassbox, monkeypatch):
    for var in list(os.environ):
        if var.startswith("OTEL_EXPORTER_OTLP"):
            monkeypatch.delenv(var)
    g = glassbox(args=["--otlp-http-listen", "127.0.0.1:4318"])
    # No endpoint configured: the SDK's default, http://localhost:4318/v1/traces.
    trace_id = one_span(OTLPSpanExporter(), "default endpoint")
    assert wait_stored(g, trace_id)["spans"][0]["name"] == "default endpoint"
    # The HTTP exporter aimed at the gRPC port (the README's gRPC variables).
    exporter = OTLPSpanExporter(endpoint=f"http://127.0.0.1:{g.grpc_port}/v1/traces")
    trace_id = one_span(exporter, "http exporter on the grpc port")
    assert wait_stored(g, trace_id)["spans"][0]["name"] == "http exporter on the grpc port"
    # Anything else on the gRPC port is told where to go, never a success.
    req = urllib.request.Request(f"http://127.0.0.1:{g.grpc_port}/api/traces")
    try:
        urllib.request.urlopen(req, timeout=10)
        raise AssertionError("the gRPC port answered a non-gRPC request with success")
    except urllib.error.HTTPError as e:
        assert e.code == 404 and b"OTLP/gRPC port" in e.read()


class Recorder(Upstream):
    seen = []

    def _record(self):
        n = int(self.headers.get("content-length") or 0)
        Recorder.seen.append((self.command, self.path, self.rfile.read(n)))
        self.reply_json({"object": "list", "data": []})

    do_GET = do_POST = do_PUT = do_DELETE = _record


def test_mistyped_paths_never_reach_the_model_provider(glassbox):
    Recorder.seen = []
    upstream = start_upstream(Recorder)
    try:
        g = glassbox(args=["--upstream", f"http://127.0.0.1:{upstream.server_port}/v1",
                           "--otlp-http-listen", "off"])
        pii = {"resourceSpans": [], "note": "jane.roe@example.com"}
        for path, want in [("/v1/trace", "/v1/traces"), ("/v1/log", "/v1/logs"),
                           ("/v1/api/traces", "/api/traces"), ("/v1/chat/completion", "/v1/chat/completions")]:
            body = g.post_json(path, pii, expect=404, headers={"authorization": "Bearer sk-user-key"})
            assert want in body["error"]["message"], body
        status = urllib.request.urlopen(urllib.request.Request(g.base + "/v1/models"), timeout=10).status
        assert status == 200
        # A trailing slash on an OTLP path is accepted and stored, not forwarded.
        g.post_json("/v1/traces/", {"resourceSpans": [{"scopeSpans": [{"spans": [{
            "traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174", "name": "slash",
            "startTimeUnixNano": "1700000000000000000", "endTimeUnixNano": "1700000001000000000"}]}]}]})
        assert wait_stored(g, "5b8efff798038103d269b633813fc60c")["spans"][0]["name"] == "slash"
        forwarded = [(m, p) for m, p, _ in Recorder.seen]
        assert forwarded == [("GET", "/v1/models")], f"forwarded upstream: {forwarded}"
        assert not any(b"jane.roe" in body for _, _, body in Recorder.seen)
        # Nothing was recorded as a failed model call either.
        time.sleep(0.5)
        names = [t["root_name"] for t in g.get("/api/traces?limit=100")["traces"]]
        assert all("/v1/" not in n or n == "GET /v1/models" for n in names), names
    finally:
        upstream.shutdown()


def test_one_glassbox_per_data_directory(glassbox, tmp_path):
    g = glassbox(args=["--otlp-http-listen", "off"])
    out = subprocess.run(
        [str(BINARY), "serve", "--listen", f"127.0.0.1:{free_port()}", "--grpc-listen", f"127.0.0.1:{free_port()}",
         "--otlp-http-listen", "off", "--data-dir", str(g.data_dir)],
        capture_output=True, text=True, timeout=30)
    assert out.returncode != 0
    assert f"pid {g.proc.pid}" in out.stderr and "--data-dir" in out.stderr, out.stderr
    # The first one is still serving.
    assert g.get("/readyz")["status"] == "ready"


def test_serve_says_where_everything_is_and_logs_plainly(glassbox):
    g = glassbox(args=["--otlp-http-listen", "off"])
    time.sleep(0.5)
    g.stop()
    log = g.log_path.read_text(errors="replace")
    assert f"dashboard       http://127.0.0.1:{g.http_port}/" in log, log
    assert f"OTLP/gRPC       http://127.0.0.1:{g.grpc_port}" in log, log
    assert "gateway         off: start with --upstream" in log, log
    assert f"data            {g.data_dir}" in log, log
    assert "redaction key" in log
    # A log file gets no colour codes, an absent GPU library is not news, and a clean
    # shutdown warns about nothing.
    assert "\x1b[" not in log, "ANSI colour codes in a log file"
    assert "nvml" not in log.lower(), log
    assert " WARN " not in log, log


def test_cli_server_without_a_scheme_says_so():
    out = subprocess.run([str(BINARY), "trace", "0af7651916cd43dd8448eb211c80319c", "--server", "127.0.0.1:4000"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode != 0
    assert "--server 127.0.0.1:4000: give glassbox's URL with its scheme, e.g. http://127.0.0.1:4000" in out.stderr, out.stderr


def test_readme_quick_start_runs_as_written(glassbox, monkeypatch):
    """The README's Python snippet, verbatim, against `glassbox serve` on the standard
    ports; then the README's `glassbox investigate` and `glassbox trace` in an 80-column
    terminal: every line fits, and the failing step says why."""
    text = (ROOT / "README.md").read_text()
    snippet = text.split("```python\n", 1)[1].split("```", 1)[0]
    assert "OTLPSpanExporter()" in snippet and "cust-402" in snippet
    for var in list(os.environ):
        if var.startswith("OTEL_EXPORTER_OTLP"):
            monkeypatch.delenv(var)
    g = glassbox(args=["--otlp-http-listen", "127.0.0.1:4318"])
    # The snippet plus a failing step, as a user's agent would have.
    failing = snippet.replace("provider.shutdown()", """    with tracer.start_as_current_span("execute_tool book_flight") as failed:
        failed.set_status(trace.Status(trace.StatusCode.ERROR, "seat map service answered 503"))
provider.shutdown()""")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_EXPORTER_OTLP")}
    subprocess.run([sys.executable, "-c", failing],
                   check=True, env=env, timeout=60)
    deadline = time.time() + 15
    while time.time() < deadline and not g.get("/api/traces?correlation_id=cust-402")["traces"]:
        time.sleep(0.2)
    cli_env = {**env, "GLASSBOX_SERVER": g.base, "COLUMNS": "80", "NO_COLOR": "1"}
    inv = subprocess.run([str(BINARY), "investigate", "cust-402"], capture_output=True, text=True, env=cli_env, timeout=30)
    assert inv.returncode == 0, inv.stderr
    assert "execute_tool search_flights" in inv.stdout and "alice@example.com" not in inv.stdout
    trace_id = g.get("/api/traces?correlation_id=cust-402")["traces"][0]["trace_id"]
    for cmd in (["trace", trace_id[:12]], ["investigate", "cust-402"]):
        out = subprocess.run([str(BINARY), *cmd], capture_output=True, text=True, env=cli_env, timeout=30)
        assert out.returncode == 0, out.stderr
        for line in out.stdout.splitlines():
            assert len(line) <= 80, f"`glassbox {' '.join(cmd)}` printed {len(line)} columns: {line!r}"
    wf = subprocess.run([str(BINARY), "trace", trace_id[:12]], capture_output=True, text=True, env=cli_env, timeout=30).stdout
    assert "└ seat map service answered 503" in wf, wf
