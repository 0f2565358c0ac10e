"""Silent failures end to end: a scripted OpenAI-compatible upstream answers 200 OK with a
refusal, a cut-off answer, a loop (streamed), invalid JSON and JSON that breaks the
requested schema; the official openai SDK calls it through glassbox's gateway, and the
flags must show on the spans, the log lines, the trace and log filters, the summary, the
Prometheus counter — while the good answer gets none and the request schema is never
stored. Then the same checks on an OTLP span from the OpenTelemetry SDK, and offline with
`glassbox check --jsonl`."""

import json
import subprocess
import urllib.request

import openai
import pytest
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from conftest import BINARY, Upstream, chat_completion, gateway_to, start_upstream, wait_for

GOOD = "Paris is the capital of France, and it has been for more than a thousand years."
ANSWERS = {
    "good": (GOOD, "stop"),
    "refusal": ("I'm sorry, but I can't help with that request.", "stop"),
    "length": ("The capital of France is Paris, a city that has been the seat of", "length"),
    "json": ("Sure! Here is the JSON: {\"city\": \"Paris\"}", "stop"),
    "schema": ("{\"city\": 42}", "stop"),
    "loop": ("Paris is the capital. " + "the capital " * 30, "stop"),
}


class Scripted(Upstream):
    """Answers by the `[case:…]` marker in the last user message; streams when asked."""

    def do_POST(self):
        body = self.read_json()
        last = [m for m in body["messages"] if m["role"] == "user"][-1]["content"]
        case = last.split("[case:")[1].split("]")[0]
        text, finish = ANSWERS[case]
        if body.get("stream"):
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            words = text.split(" ")
            for i, w in enumerate(words):
                piece = w if i == 0 else " " + w
                chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "scripted",
                         "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            end = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "scripted",
                   "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}
            self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            return
        self.reply_json(chat_completion("scripted", text, finish,
                                        {"prompt_tokens": 9, "completion_tokens": 12, "total_tokens": 21}))


@pytest.fixture
def gateway(glassbox):
    with gateway_to(glassbox, Scripted) as g:
        yield g


SCHEMA = {"type": "object", "required": ["city"], "properties": {"city": {"type": "string"}}}


def test_silent_failures_through_the_gateway(gateway):
    g = gateway
    client = openai.OpenAI(base_url=f"{g.base}/v1", api_key="sk-e2e")
    prompt = "What is the capital of France? Answer in one sentence. [case:{}]"
    calls = {
        "good": dict(),
        "refusal": dict(),
        "length": dict(max_tokens=16),
        "json": dict(response_format={"type": "json_object"}),
        "schema": dict(response_format={"type": "json_schema",
                                        "json_schema": {"name": "city", "schema": SCHEMA}}),
    }
    for case, extra in calls.items():
        r = client.chat.completions.create(model="scripted", messages=[{"role": "user", "content": prompt.format(case)}],
                                           extra_headers={"x-correlation-id": f"answers-{case}"}, **extra)
        assert r.choices[0].message.content == ANSWERS[case][0]  # the client gets the answer unchanged
    stream = client.chat.completions.create(model="scripted", stream=True,
                                            messages=[{"role": "user", "content": prompt.format("loop")}],
                                            extra_headers={"x-correlation-id": "answers-loop"})
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == ANSWERS["loop"][0]

    expected = {"good": [], "refusal": ["refusal"], "length": ["truncated"], "json": ["invalid_json"],
                "schema": ["schema_violation"], "loop": ["degenerate"]}
    for case, flags in expected.items():
        traces = wait_for(lambda: g.get(f"/api/traces?correlation_id=answers-{case}")["traces"])
        assert traces, case
        assert traces[0].get("answer_flags", []) == flags, (case, traces[0])
        doc = g.get(f"/api/traces/{traces[0]['trace_id']}")
        span = doc["spans"][0]
        assert span["attributes"].get("glassbox.answer.flags", []) == flags, (case, span["attributes"])
        # The request's schema was handed to the checks and never stored.
        assert "glassbox.request.json_schema" not in span["attributes"]
        logs = wait_for(lambda: g.get(f"/api/logs?correlation_id=answers-{case}")["logs"])
        assert logs[0]["attributes"].get("answer.flags", []) == flags, (case, logs[0]["attributes"])
        # A silent failure is a WARN line; the good answer stays INFO.
        assert logs[0]["severity_text"] == ("WARN" if flags else "INFO"), (case, logs[0]["severity_text"])
    assert g.get("/api/traces?correlation_id=answers-schema")["traces"][0]["answer_flags"] == ["schema_violation"]
    # Filters: exactly the flagged calls.
    for flag, case in [("refusal", "refusal"), ("truncated", "length"), ("degenerate", "loop")]:
        found = [t["correlation_id"] for t in g.get(f"/api/traces?flag={flag}")["traces"]]
        assert found == [f"answers-{case}"], (flag, found)
        logs = g.get(f"/api/logs?flag={flag}")["logs"]
        assert [l["correlation_id"] for l in logs] == [f"answers-{case}"], (flag, logs)
    err = g.get("/api/traces?flag=refusals", expect=400)
    assert "flag" in json.dumps(err) and "refusal" in json.dumps(err)
    # Flagged bodies are kept like an error's (the payload policy's keep rule).
    refusal = g.get("/api/traces?flag=refusal")["traces"][0]["trace_id"]
    out = g.get(f"/api/traces/{refusal}")["spans"][0]["gen_ai"]["output_messages"]
    assert "can't help" in json.dumps(out)

    summary = wait_for(lambda: (s := g.get("/api/metrics/summary?window=15m")) and s.get("answer_flagged") == 5 and s)
    assert summary, g.get("/api/metrics/summary?window=15m")
    assert summary["answer_flags"] == {"refusal": 1, "truncated": 1, "invalid_json": 1,
                                       "schema_violation": 1, "degenerate": 1}
    assert summary["answer_flag_rate"] == pytest.approx(5 / 6)
    ts = g.get("/api/metrics/timeseries?metric=silent_failures&window=15m&step=15m")
    assert sum(p["v"] or 0 for s in ts["series"] for p in s["points"]) == 5
    with urllib.request.urlopen(g.base + "/metrics", timeout=10) as r:
        text = r.read().decode()
    assert 'glassbox_answer_flags_total{service="glassbox-gateway",gen_ai_request_model="scripted",gen_ai_response_model="scripted",flag="refusal"} 1' in text, \
        [l for l in text.splitlines() if "answer_flags" in l]


def test_an_otlp_span_with_a_refusal_is_flagged(glassbox):
    g = glassbox()
    provider = TracerProvider(resource=Resource.create({"service.name": "otel-bot"}))
    provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=f"{g.base}/v1/traces")))
    tracer = provider.get_tracer("answers-e2e")
    with tracer.start_as_current_span("chat gpt-4o") as sp:
        sp.set_attribute("gen_ai.operation.name", "chat")
        sp.set_attribute("gen_ai.request.model", "gpt-4o")
        sp.set_attribute("correlation.id", "otel-refusal")
        sp.set_attribute("gen_ai.input.messages", json.dumps(
            [{"role": "user", "parts": [{"type": "text", "content": "¿Cómo puedo cambiar la contraseña de mi cuenta?"}]}]))
        sp.set_attribute("gen_ai.output.messages", json.dumps(
            [{"role": "assistant", "parts": [{"type": "text", "content": "Lo siento, pero no puedo ayudar con eso."}],
              "finish_reason": "stop"}]))
    provider.shutdown()
    traces = wait_for(lambda: g.get("/api/traces?correlation_id=otel-refusal")["traces"])
    assert traces and traces[0]["answer_flags"] == ["refusal"], traces


def test_glassbox_check_offline():
    lines = [
        {"id": 1, "response": "I'm sorry, but I can't help with that.", "prompt": "Write my essay"},
        {"id": 2, "response": "{\"a\": 1", "response_format": {"type": "json_object"}},
        {"id": 3, "response": GOOD, "prompt": "What is the capital of France?", "finish_reason": "stop"},
        {"id": 4, "response": 7},
    ]
    out = subprocess.run([str(BINARY), "check", "--jsonl", "--stats"], input="\n".join(json.dumps(l) for l in lines),
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 1, out.stderr  # one line could not be checked
    got = {json.loads(l)["id"]: json.loads(l)["flags"] for l in out.stdout.splitlines()}
    assert got == {1: ["refusal"], 2: ["truncated", "invalid_json"], 3: []}
    assert 'line 4: field "response": expected a string, got a number' in out.stderr
    assert "3 answers checked, 2 flagged, 1 refused" in out.stderr


class Priced(Upstream):
    """Answers with usage that has cached and reasoning tokens, as OpenAI reports them."""

    def do_POST(self):
        body = self.read_json()
        model = {"mock-priced": "gpt-4o-2024-08-06"}.get(body["model"], body["model"])
        self.reply_json(chat_completion(model, GOOD, usage={
            "prompt_tokens": 1000, "completion_tokens": 500, "total_tokens": 1500,
            "prompt_tokens_details": {"cached_tokens": 400},
            "completion_tokens_details": {"reasoning_tokens": 200}}))


def test_cost_per_call_from_the_price_table(glassbox):
    upstream = start_upstream(Priced)
    try:
        g = glassbox(args=["--upstream", f"http://127.0.0.1:{upstream.server_port}/v1"],
                     env={"GLASSBOX_PRICING__MODELS": '[{model = "my-finetune", input = 3.0, output = 12.0}]'})
        client = openai.OpenAI(base_url=f"{g.base}/v1", api_key="sk-e2e")
        for model, corr in [("mock-priced", "cost-gpt4o"), ("my-finetune-v2", "cost-mine"), ("llama-local", "cost-none")]:
            client.chat.completions.create(model=model, messages=[{"role": "user", "content": "Capital of France?"}],
                                           extra_headers={"x-correlation-id": corr})
        # By hand from the table: gpt-4o $2.50 / $1.25 cached / $10 per million tokens; the
        # 200 reasoning tokens are part of the 500 output tokens and counted once.
        gpt4o = 600 * 2.50e-6 + 400 * 1.25e-6 + 500 * 10e-6
        # The config's entry: no cached price, so cached tokens cost the input price.
        mine = 1000 * 3.0e-6 + 500 * 12.0e-6
        for corr, want in [("cost-gpt4o", gpt4o), ("cost-mine", mine)]:
            traces = wait_for(lambda: g.get(f"/api/traces?correlation_id={corr}")["traces"])
            assert traces[0]["cost_usd"] == pytest.approx(want), traces[0]
            span = g.get(f"/api/traces/{traces[0]['trace_id']}")["spans"][0]
            assert span["attributes"]["glassbox.cost.usd"] == pytest.approx(want)
            log = wait_for(lambda: g.get(f"/api/logs?correlation_id={corr}")["logs"])[0]
            assert log["attributes"]["cost_usd"] == pytest.approx(want)
        none = wait_for(lambda: g.get("/api/traces?correlation_id=cost-none")["traces"])[0]
        assert none["cost_usd"] == 0
        assert "glassbox.cost.usd" not in g.get(f"/api/traces/{none['trace_id']}")["spans"][0]["attributes"]
        s = wait_for(lambda: (x := g.get("/api/metrics/summary?window=15m")) and x["requests"] == 3 and x)
        assert s["cost_usd"] == pytest.approx(gpt4o + mine) and s["priced_calls"] == 2, s
        with urllib.request.urlopen(g.base + "/metrics", timeout=10) as r:
            text = r.read().decode()
        line = next(l for l in text.splitlines() if l.startswith("glassbox_cost_usd_total") and 'gen_ai_request_model="mock-priced"' in l)
        assert float(line.rsplit(" ", 1)[1]) == pytest.approx(gpt4o, rel=1e-6)
    finally:
        upstream.shutdown()
