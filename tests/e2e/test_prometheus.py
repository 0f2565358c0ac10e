"""A real Prometheus (Debian's `prometheus`) scrapes glassbox's `/metrics` while the
gateway serves a few hundred calls with a spread of latencies (cache hits, plain calls,
streamed calls). The P99 Prometheus computes from the GenAI duration histogram must fall
in the same bucket as, or a bucket next to, the P99 of glassbox's own summary API; the
token and request families must be there, with no label carrying a user, trace,
request or correlation id the test sent."""

import bisect
import json
import random
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import BINARY, free_port

PROMETHEUS = shutil.which("prometheus")
pytestmark = pytest.mark.skipif(
    PROMETHEUS is None,
    reason="Debian's `prometheus` binary is not installed (scripts/test.sh installs it: "
           "apt-get install prometheus)")

# The GenAI semantic conventions' boundaries for gen_ai.client.operation.duration (s).
DURATION_BOUNDS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24,
                   20.48, 40.96, 81.92]

MOCK_DELAY_MS = 60        # plain calls: ~60 ms, bucket (0.04, 0.08]
MOCK_CHUNK_DELAY_MS = 12  # streamed calls: 60 + 11 gaps x 12 ms ~ 195 ms, bucket (0.16, 0.32]
CALLS = 300               # after one warm-up call


def bucket_of(seconds: float) -> int:
    """Index of the duration bucket (lower, upper] holding `seconds`."""
    return bisect.bisect_left(DURATION_BOUNDS, seconds)


def wait_http(url, proc, log_path, timeout=30.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: process exited early:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer:\n{log_path.read_text()}")


def stop(proc, timeout=15):
    """Stops one process we started, by its PID."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def processes():
    """Processes the test starts (mock model, Prometheus); stopped by PID even on failure."""
    started = []

    def start(cmd, log_path):
        log = open(log_path, "wb")
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        started.append((proc, log))
        return proc

    yield start
    for proc, log in reversed(started):
        stop(proc)
        log.close()


class Prometheus:
    def __init__(self, base):
        self.base = base

    def api(self, path, **params):
        url = f"{self.base}/api/v1/{path}?{urllib.parse.urlencode(params, doseq=True)}"
        with urllib.request.urlopen(url, timeout=10) as r:
            doc = json.loads(r.read())
        assert doc["status"] == "success", doc
        return doc["data"]

    def scalar(self, promql):
        """Value of a query whose result is one sample, or None when it is empty."""
        result = self.api("query", query=promql)["result"]
        assert len(result) <= 1, (promql, result)
        return float(result[0]["value"][1]) if result else None

    def wait_for(self, promql, want, timeout=30.0):
        deadline = time.time() + timeout
        got = None
        while time.time() < deadline:
            got = self.scalar(promql)
            if got == want:
                return
            time.sleep(0.25)
        raise AssertionError(f"Prometheus: {promql} = {got}, want {want} within {timeout}s")


def start_prometheus(start, tmp_path, target):
    port = free_port()
    config = tmp_path / "prometheus.yml"
    config.write_text(
        "global:\n"
        "  scrape_interval: 1s\n"
        "  scrape_timeout: 1s\n"
        "  evaluation_interval: 1s\n"
        "scrape_configs:\n"
        "  - job_name: glassbox\n"
        "    metrics_path: /metrics\n"
        "    static_configs:\n"
        f"      - targets: ['{target}']\n")
    # Loopback only; no remote write, no admin or lifecycle API, nothing that calls out.
    proc = start([PROMETHEUS, f"--config.file={config}",
                  f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                  f"--web.listen-address=127.0.0.1:{port}",
                  "--web.external-url=http://127.0.0.1:%d/" % port,
                  "--storage.tsdb.retention.time=1h",
                  "--log.level=warn"],
                 tmp_path / "prometheus.log")
    base = f"http://127.0.0.1:{port}"
    wait_http(base + "/-/ready", proc, tmp_path / "prometheus.log")
    flags = Prometheus(base).api("status/flags")
    assert flags["web.listen-address"] == f"127.0.0.1:{port}"
    return Prometheus(base)


def call(base, body, headers):
    req = urllib.request.Request(base + "/v1/chat/completions", data=json.dumps(body).encode(),
                                 method="POST",
                                 headers={"content-type": "application/json", **headers})
    t0 = time.monotonic()
    with urllib.request.urlopen(req, timeout=30) as r:
        status, data = r.status, r.read()
    assert status == 200, data[:300]
    if body.get("stream"):
        assert data.rstrip().endswith(b"data: [DONE]"), data[-300:]
    return time.monotonic() - t0


def test_prometheus_scrape_matches_glassbox_summary(glassbox, processes, tmp_path):
    mock_port = free_port()
    mock = processes([str(BINARY), "mock-upstream", "--listen", f"127.0.0.1:{mock_port}",
                      "--delay-ms", str(MOCK_DELAY_MS),
                      "--chunk-delay-ms", str(MOCK_CHUNK_DELAY_MS)],
                     tmp_path / "mock.log")
    wait_http(f"http://127.0.0.1:{mock_port}/v1/models", mock, tmp_path / "mock.log")
    g = glassbox(args=["--upstream", f"http://127.0.0.1:{mock_port}/v1"])
    prom = start_prometheus(processes, tmp_path, f"127.0.0.1:{g.http_port}")

    sent_ids = set()

    def ids():
        trace_id = uuid.uuid4().hex
        ident = {
            "correlation": f"corr-{uuid.uuid4().hex[:12]}",
            "request": f"req-{uuid.uuid4().hex[:12]}",
            "trace": trace_id,
            "user": f"user-{uuid.uuid4().hex[:8]}@example.com",
            "body_user": f"acct-{uuid.uuid4().hex[:10]}",
            "session": f"sess-{uuid.uuid4().hex[:10]}",
        }
        sent_ids.update(ident.values())
        headers = {
            "x-correlation-id": ident["correlation"],
            "x-request-id": ident["request"],
            "traceparent": f"00-{trace_id}-{uuid.uuid4().hex[:16]}-01",
            "x-glassbox-user-id": ident["user"],
            "x-glassbox-session-id": ident["session"],
        }
        return headers, ident["body_user"]

    # Three latency clusters, shuffled so every scrape sees the same mix:
    #  ~30 % cache hits (temperature 0, one prompt): a few ms, the lowest buckets;
    #  ~60 % plain calls with unique prompts: ~60 ms;
    #  ~10 % streamed calls with usage: ~195 ms. P99 lands among the streamed calls.
    rng = random.Random(402)
    kinds = ["hit"] * 90 + ["plain"] * 180 + ["stream"] * 30
    assert len(kinds) == CALLS
    rng.shuffle(kinds)
    models = ["gpt-4o-mini", "mock-large"]

    def request(i, kind):
        headers, body_user = ids()
        model = models[i % 2]
        if kind == "hit":
            # The cache is scoped to the end user: one customer asking the same thing again.
            headers["x-glassbox-user-id"] = "user-repeat@example.com"
            sent_ids.update(["user-repeat@example.com", "acct-repeat"])
            body = {"model": model, "temperature": 0, "user": "acct-repeat",
                    "messages": [{"role": "user", "content": "What is the capital of France?"}]}
        else:
            body = {"model": model, "user": body_user,
                    "messages": [{"role": "user", "content": f"Question {i}: {uuid.uuid4()}"}]}
            if kind == "stream":
                body.update(stream=True, stream_options={"include_usage": True})
        return kind, call(g.base, body, headers)

    # A warm-up call creates the series; wait until Prometheus has it, so the rate
    # over the test window sees (almost) every call that follows.
    request(-1, "plain")
    prom.wait_for("sum(gen_ai_client_operation_duration_seconds_count)", 1.0)
    total = CALLS + 1

    t0 = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        timings = list(pool.map(lambda a: request(*a), enumerate(kinds)))
    traffic_s = time.monotonic() - t0
    by_kind = {}
    for kind, s in timings:
        by_kind.setdefault(kind, []).append(s)
    client_view = {k: (round(min(v) * 1e3, 1), round(sorted(v)[len(v) // 2] * 1e3, 1),
                       round(max(v) * 1e3, 1)) for k, v in by_kind.items()}
    print(f"traffic: {CALLS} calls in {traffic_s:.1f}s; client ms (min, median, max): {client_view}")

    # Prometheus has scraped after the traffic ended: it counts every call.
    prom.wait_for("sum(gen_ai_client_operation_duration_seconds_count)", float(total))
    prom.wait_for("sum(glassbox_requests_total)", float(total))
    # ...and so has glassbox's summary (a rollup being persisted is briefly in neither place).
    deadline = time.time() + 20
    while True:
        summary = g.get("/api/metrics/summary?window=15m")
        if summary["requests"] == total or time.time() > deadline:
            break
        time.sleep(0.25)
    assert summary["requests"] == total, summary
    assert summary["errors"] == 0, summary

    glassbox_p99 = summary["latency_ms"]["p99"] / 1e3
    glassbox_p50 = summary["latency_ms"]["p50"] / 1e3
    # Cumulative buckets since glassbox started (= exactly this test's traffic) ...
    prom_p99_total = prom.scalar(
        "histogram_quantile(0.99, sum by (le) (gen_ai_client_operation_duration_seconds_bucket))")
    prom_p50_total = prom.scalar(
        "histogram_quantile(0.5, sum by (le) (gen_ai_client_operation_duration_seconds_bucket))")
    # ... and the dashboard form, a rate over a window that covers the whole traffic.
    prom_p99_rate = prom.scalar(
        "histogram_quantile(0.99, sum by (le) "
        "(rate(gen_ai_client_operation_duration_seconds_bucket[1m])))")
    numbers = {"glassbox_p99": glassbox_p99, "prom_p99_total": prom_p99_total,
               "prom_p99_rate_1m": prom_p99_rate, "glassbox_p50": glassbox_p50,
               "prom_p50_total": prom_p50_total}
    print("compared (s):", {k: round(v, 4) for k, v in numbers.items()})
    for name in ("prom_p99_total", "prom_p99_rate_1m"):
        v = numbers[name]
        assert v is not None and v == v, numbers  # present, not NaN
        assert abs(bucket_of(v) - bucket_of(glassbox_p99)) <= 1, (
            f"{name}={v:.4f}s (bucket {bucket_of(v)}) vs glassbox p99={glassbox_p99:.4f}s "
            f"(bucket {bucket_of(glassbox_p99)}): {numbers}")
    assert abs(bucket_of(prom_p50_total) - bucket_of(glassbox_p50)) <= 1, numbers
    # The traffic really spread over several buckets, and P99 is the streamed calls' tail.
    # (Loose bounds: a loaded machine adds latency, but not 100 ms to every call.)
    assert glassbox_p99 > 0.16, numbers
    assert 0.04 < glassbox_p50 <= 0.16, numbers
    occupied = prom.api("query", query=(
        "sum by (le) (gen_ai_client_operation_duration_seconds_bucket)"))["result"]
    cumulative = sorted((float(r["metric"]["le"]), float(r["value"][1])) for r in occupied)
    per_bucket = [c - p for (_, c), (_, p) in zip(cumulative, [(0, 0.0)] + cumulative[:-1])]
    assert sum(1 for n in per_bucket if n > 0) >= 3, cumulative

    # Token usage: both token types, counted per call that reported usage.
    tokens = prom.api("query", query="sum by (gen_ai_token_type) (gen_ai_client_token_usage_count)")
    token_counts = {r["metric"]["gen_ai_token_type"]: float(r["value"][1]) for r in tokens["result"]}
    assert set(token_counts) == {"input", "output"}, token_counts
    assert token_counts["input"] > 0 and token_counts["output"] > 0, token_counts
    assert prom.scalar("sum(gen_ai_client_token_usage_sum{gen_ai_token_type='output'})") > 0
    # Request counters: every call ok, split only by bounded labels.
    ok = prom.scalar("sum(glassbox_requests_total{status_class='ok'})")
    assert ok == float(total)
    models_seen = {r["metric"]["gen_ai_request_model"] for r in prom.api(
        "query", query="sum by (gen_ai_request_model) (glassbox_requests_total)")["result"]}
    assert models_seen == set(models), models_seen

    # Bounded labels: no series carries an id the test sent, and the number of series
    # does not grow with the number of calls (every call had unique ids).
    series = prom.api("series", **{"match[]": ['{__name__=~"gen_ai_.+|glassbox_.+"}'],
                                   "start": str(time.time() - 600)})
    names = {s["__name__"] for s in series}
    assert {"gen_ai_client_operation_duration_seconds_bucket", "gen_ai_client_token_usage_bucket",
            "glassbox_requests_total"} <= names, names
    assert len(series) < 400, len(series)
    label_values = {v for s in series for k, v in s.items() if k != "__name__"}
    leaked = {v for v in label_values if any(i in v for i in sent_ids)}
    assert not leaked, leaked
    assert not any(i in json.dumps(series) for i in sent_ids)
    for label in ("user", "user_id", "trace_id", "correlation_id", "request_id", "session_id",
                  "enduser_id", "session"):
        assert all(label not in s for s in series), label
