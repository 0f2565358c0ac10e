"""Day-one data features through the API with the real OpenAI SDK: full-text search over
what calls said (redacted first, so raw PII finds nothing), sessions with their feedback,
and streamed exports in JSONL, CSV and OTLP/JSON that hold no raw value."""

import csv
import io
import json
import time
import urllib.request

import openai
import pytest

from conftest import Upstream, chat_completion, start_upstream

EMAIL = "ines.duarte@example.org"


class Travel(Upstream):
    def do_POST(self):
        body = self.read_json()
        asked = body["messages"][-1]["content"]
        answer = "Flights to Lisbon leave at 07:10 and 09:45." if "Lisbon" in asked else "Your refund is on its way."
        self.reply_json(chat_completion(body["model"], answer,
                                        usage={"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21}))


@pytest.fixture
def served(glassbox):
    upstream = start_upstream(Travel)
    g = glassbox(args=["--upstream", f"http://127.0.0.1:{upstream.server_port}/v1"])
    yield g
    upstream.shutdown()


def raw_get(g, path):
    req = urllib.request.Request(g.base + path, headers=g.auth(None))
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, r.headers, r.read().decode()


def test_search_sessions_and_exports(served):
    g = served
    client = openai.OpenAI(base_url=f"{g.base}/v1", api_key="sk-e2e")
    turns = [("Find me a flight to Lisbon next Tuesday, mail me at " + EMAIL, "trip-1"),
             ("Where is my refund for order 88812?", "trip-1"),
             ("Any flight to Lisbon on Friday?", "trip-2")]
    for i, (prompt, session) in enumerate(turns):
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}],
                                       user="traveller-7",
                                       extra_headers={"x-correlation-id": f"day1-{i}", "x-glassbox-session-id": session})
    deadline = time.time() + 20
    while time.time() < deadline and len(g.get("/api/traces")["traces"]) < 3:
        time.sleep(0.2)
    g.post_json("/api/feedback", {"correlation_id": "day1-0", "value": "up", "comment": "great, thanks"})

    # Search: words of prompts and answers, ANDed, newest first; the raw email was redacted
    # before indexing, so searching for it finds nothing.
    found = g.get("/api/traces?q=lisbon")["traces"]
    assert [t["correlation_id"] for t in found] == ["day1-2", "day1-0"]
    assert [t["correlation_id"] for t in g.get("/api/traces?q=lisbon%20tuesday")["traces"]] == ["day1-0"]
    assert [t["correlation_id"] for t in g.get("/api/traces?q=refu*")["traces"]] == ["day1-1"]
    assert g.get("/api/traces?q=" + EMAIL.replace("@", "%40"))["traces"] == []
    assert g.get("/api/traces?q=duarte")["traces"] == []
    err = g.get("/api/traces?q=%2A%2A", expect=400)
    assert err["error"]["param"] == "q", err

    # Sessions: two turns in trip-1 with the thumbs up given on its first turn.
    sessions = {s["session_id"]: s for s in g.get("/api/sessions")["sessions"]}
    assert sessions["trip-1"]["turns"] == 2 and sessions["trip-2"]["turns"] == 1
    assert sessions["trip-1"]["feedback_up"] == 1 and sessions["trip-2"]["feedback_up"] == 0
    # The summary's sessions come from the same grouping when the app reports no session_end.
    summary = g.get("/api/metrics/summary?window=15m")
    assert summary["session_source"] == "traces" and summary["sessions"] == 2, summary
    assert summary["median_session_length_s"] is not None
    one = g.get("/api/sessions/trip-1")
    assert [t["correlation_id"] for t in one["turns"]] == ["day1-0", "day1-1"]
    assert one["events"][0]["comment"] == "great, thanks"
    assert [t["correlation_id"] for t in g.get("/api/traces?feedback=up")["traces"]] == ["day1-0"]

    # Exports: every format streams what the filter matches, none holds the raw email.
    status, headers, body = raw_get(g, "/api/export/traces?format=csv&session_id=trip-1")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert {r["correlation_id"] for r in rows} == {"day1-0", "day1-1"}
    assert all(r["session_id"] == "trip-1" for r in rows)
    _, _, body = raw_get(g, "/api/export/traces?format=jsonl")
    spans = [json.loads(line) for line in body.splitlines()]
    assert len({s["trace_id"] for s in spans}) == 3
    _, _, otlp = raw_get(g, "/api/export/traces?format=otlp")
    requests = [json.loads(line) for line in otlp.splitlines()]
    assert len(requests) == 3 and all("resourceSpans" in r for r in requests)
    _, _, logs = raw_get(g, "/api/export/logs?format=csv")
    assert len(list(csv.DictReader(io.StringIO(logs)))) == 3
    _, _, events = raw_get(g, "/api/export/events?format=jsonl")
    assert json.loads(events.splitlines()[0])["name"] == "feedback"
    for text in (body, otlp, logs, events):
        assert EMAIL not in text and "duarte" not in text.lower()
    # Re-imported elsewhere, the OTLP export is a valid export request.
    g.post_json("/v1/traces", requests[0])
