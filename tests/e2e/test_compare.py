"""Trace comparison end to end: the seed's 20-step "Book me a flight" agent arrives over
OTLP/HTTP JSON — 200 good runs, one that searched hotels instead of flights after a
different model decision, one whose flight API took 5 s — and /api/compare and
`glassbox diff` say where the runs forked, which model call decided it, and which step
was slow against the typical run."""

import json
import os
import random
import subprocess
import time

from conftest import BINARY

TOOLS_BEFORE = [("get_user_profile", 40), ("get_calendar", 60), ("check_loyalty", 30)]
TOOLS_AFTER = ["send_confirmation", "update_crm", "charge_card", "issue_ticket", "add_calendar",
               "notify_user", "log_trip", "close_session"]


def kv(k, v):
    return {"key": k, "value": {"stringValue": v}}


def run(trace_id, start_ns, hotels=False, api_ms=400):
    """One agent run: the root and 20 steps, as OTLP JSON spans."""
    spans, t = [], start_ns
    root_id = os.urandom(8).hex()

    def step(op, name, ms, tool=None, model=None):
        nonlocal t
        attrs = [kv("gen_ai.operation.name", op)]
        if tool:
            attrs.append(kv("gen_ai.tool.name", tool))
        if model:
            attrs.append(kv("gen_ai.request.model", model))
        spans.append({"traceId": trace_id, "spanId": os.urandom(8).hex(), "parentSpanId": root_id, "name": name,
                      "startTimeUnixNano": str(t), "endTimeUnixNano": str(t + ms * 1_000_000), "attributes": attrs})
        t += ms * 1_000_000 + 1000

    step("chat", "chat gpt-4o", 300, model="gpt-4o")
    for tool, ms in TOOLS_BEFORE:
        step("execute_tool", f"execute_tool {tool}", ms, tool=tool)
    step("chat", "chat gpt-4o", 250, model="gpt-4o")
    step("execute_tool", "execute_tool call_flight_api", api_ms, tool="call_flight_api")
    step("chat", "chat gpt-4o", 200, model="gpt-4o")
    step("execute_tool", "execute_tool rank_options", 20, tool="rank_options")
    step("chat", "chat gpt-4o", 280, model="gpt-4o")
    if hotels:
        step("execute_tool", "execute_tool search_hotels", 500, tool="search_hotels")
        step("chat", "chat gpt-4o", 200, model="gpt-4o")
    else:
        step("execute_tool", "execute_tool search_flights", 450, tool="search_flights")
        step("chat", "chat gpt-4o", 220, model="gpt-4o")
        step("execute_tool", "execute_tool book", 300, tool="book")
        for tool in TOOLS_AFTER:
            step("execute_tool", f"execute_tool {tool}", 15, tool=tool)
    spans.insert(0, {"traceId": trace_id, "spanId": root_id, "name": "invoke_agent book_trip",
                     "startTimeUnixNano": str(start_ns), "endTimeUnixNano": str(t),
                     "attributes": [kv("gen_ai.operation.name", "invoke_agent")]})
    return spans


def export(g, spans):
    g.post_json("/v1/traces", {"resourceSpans": [{"resource": {"attributes": [kv("service.name", "travel-agent")]},
                                                   "scopeSpans": [{"spans": spans}]}]})


def test_where_two_runs_forked_and_what_was_slow(glassbox):
    g = glassbox()
    rnd = random.Random(7)
    now = time.time_ns() - 3600 * 10**9
    good = []
    for i in range(200):
        tid = f"{rnd.getrandbits(128):032x}"
        good.append(tid)
        export(g, run(tid, now + i * 10**10, api_ms=rnd.randint(350, 450)))
    flights, hotels, slow = "a" * 31 + "1", "b" * 31 + "2", "c" * 31 + "3"
    export(g, run(flights, now + 3 * 10**12) + run(hotels, now + 3 * 10**12 + 10**10, hotels=True)
           + run(slow, now + 3 * 10**12 + 2 * 10**10, api_ms=5100))

    c = g.get(f"/api/compare?a={flights}&b={hotels}")["comparison"]
    d = c["first_divergence"]
    assert "path" in d["differs"] and "tool" in d["differs"], d
    fork = c["pairs"][d["pair"]]
    tools = [s["key"].get("tool") for s in (fork.get("a"), fork.get("b")) if s]
    assert tools in (["search_flights"], ["search_hotels"]), fork
    # The deciding call is the chat right before the fork: step 10 of 21 in both runs.
    assert d["deciding_call_a"]["key"]["kind"] == "chat" and d["deciding_call_a"]["index"] == 9
    assert d["deciding_call_b"]["index"] == 9
    # The root, the nine steps before the fork and the chat that follows it in both runs.
    assert c["counts"]["same"] == 11

    base = g.get(f"/api/compare?a={slow}")["baseline"]
    assert base["baseline_runs"] == 200
    assert base["headline"].startswith("`call_flight_api` took 5.1 s, typical 0.4 s over 200 runs"), base["headline"]
    api = next(s for s in base["steps"] if s["step"]["key"].get("tool") == "call_flight_api")
    assert "slow" in api["unusual"] and api["occurs_in"] == 1.0
    hotel = g.get(f"/api/compare?a={hotels}&baseline=50")["baseline"]
    assert any(m["key"].get("tool") == "book" for m in hotel["missing"])
    assert next(s for s in hotel["steps"] if s["step"]["key"].get("tool") == "search_hotels")["unusual"] == ["rare"]

    # Short ids work, and bad input names its parameter.
    assert g.get(f"/api/compare?a={flights[:10]}&b={hotels[:10]}")["b"] == hotels
    assert g.get("/api/compare?b=" + hotels, expect=400)["error"]["param"] == "a"
    assert g.get(f"/api/compare?a={flights}&b={hotels}&baseline=5", expect=400)["error"]["param"] == "baseline"
    assert "no trace" in g.get(f"/api/compare?a={'d' * 32}", expect=404)["error"]["message"]
    assert g.get("/api/compare?a=xyz", expect=400)["error"]["param"] == "a"

    out = subprocess.run([str(BINARY), "diff", flights, hotels, "--server", g.base], capture_output=True, text=True,
                         timeout=60, env={**os.environ, "COLUMNS": "100"})
    assert out.returncode == 0, out.stderr
    assert "the runs diverge at step" in out.stdout and "search_hotels" in out.stdout, out.stdout
    out = subprocess.run([str(BINARY), "diff", slow, "--server", g.base], capture_output=True, text=True, timeout=60)
    assert "call_flight_api` took 5.1 s" in out.stdout, out.stdout
