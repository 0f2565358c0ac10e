"""One vocabulary across views: a model filter matches the model asked for and the model
that answered, in any case and as a glob, and traces, logs and the metrics summary count
the same calls for it; unknown query parameters are refused by name; a one-element list
attribute (`finish_reasons: ["stop"]`) reads back as a list."""

import json
import time

import openai
import pytest

from conftest import Upstream, chat_completion, start_upstream


class Dated(Upstream):
    """Answers as the dated version of the model asked for, like OpenAI does."""

    def do_POST(self):
        body = self.read_json()
        self.reply_json(chat_completion(body["model"] + "-2024-08-06", "Paris is the capital of France.",
                                        usage={"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}))


@pytest.fixture
def served(glassbox):
    upstream = start_upstream(Dated)
    g = glassbox(args=["--upstream", f"http://127.0.0.1:{upstream.server_port}/v1"])
    yield g
    upstream.shutdown()


def test_model_filters_agree_everywhere(served):
    g = served
    client = openai.OpenAI(base_url=f"{g.base}/v1", api_key="sk-e2e")
    for i, model in enumerate(["gpt-4o", "gpt-4o", "gpt-4o-mini", "llama-local"]):
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "Capital of France?"}],
                                       extra_headers={"x-correlation-id": f"vocab-{i}"})
    deadline = time.time() + 20
    while time.time() < deadline and len(g.get("/api/traces")["traces"]) < 4:
        time.sleep(0.2)
    expected = {"gpt-4o": 2, "GPT-4o": 2, "gpt-4o-2024-08-06": 2, "gpt-4o*": 3, "*mini*": 1, "llama*": 1, "claude*": 0}
    for pattern, n in expected.items():
        traces = g.get(f"/api/traces?model={pattern}")["traces"]
        assert len(traces) == n, (pattern, [t["models"] for t in traces])
        logs = g.get(f"/api/logs?model={pattern}")["logs"]
        assert len(logs) == n, (pattern, len(logs))
    # The metrics side counts calls by the model asked for: the same counts for names and
    # globs of requested models.
    for pattern in ["gpt-4o", "GPT-4o", "gpt-4o*", "*mini*", "llama*", "claude*"]:
        s = g.get(f"/api/metrics/summary?window=15m&model={pattern}")
        assert s["requests"] == expected[pattern], (pattern, s["requests"])


def test_unknown_query_parameters_are_refused_by_name(served):
    g = served
    for path, param in [("/api/traces?modle=gpt-4o", "modle"), ("/api/logs?sevrity=error", "sevrity"),
                        ("/api/metrics/summary?windw=1h", "windw"),
                        ("/api/metrics/timeseries?metric=error_rate&stpe=5m", "stpe"),
                        ("/api/investigate/abc?limt=5", "limt")]:
        err = g.get(path, expect=400)
        text = json.dumps(err)
        assert param in text and "takes" in text, (path, err)
        assert err["error"]["param"] == param, err


def test_one_element_lists_stay_lists(served):
    g = served
    span = {"traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174", "name": "chat gpt-4o",
            "startTimeUnixNano": str(time.time_ns() - 10**9), "endTimeUnixNano": str(time.time_ns()),
            "attributes": [{"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                           {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
                           {"key": "gen_ai.response.finish_reasons",
                            "value": {"arrayValue": {"values": [{"stringValue": "stop"}]}}}]}
    g.post_json("/v1/traces", {"resourceSpans": [{"resource": {"attributes": []},
                                                   "scopeSpans": [{"spans": [span]}]}]})
    doc = g.get("/api/traces/5b8efff798038103d269b633813fc60c")
    sp = doc["spans"][0]
    assert sp["attributes"]["gen_ai.response.finish_reasons"] == ["stop"]
    assert sp["gen_ai"]["finish_reasons"] == ["stop"]
