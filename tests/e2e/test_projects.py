"""Projects keep teams' and apps' records apart, on both backends.

SQLite, one node: tokens bound to `shop` and `support` send traces and logs through OTLP,
events and feedback, and a gateway token bound to `shop` calls a model; a reader bound to
both sees both, or one when it names it; each project's reader sees nothing of the other
on any route; `shop`'s own payload sample rate drops its bodies while `support` keeps
them, and `support`'s own redaction policy hashes the e-mail addresses `shop` masks. In
headless Chromium the project switcher lists the reader's projects, switching shows one
project's traces, and the privacy page shows the policy without every project's counters
instead of asking for another token.

ClickHouse, two nodes: what project `shop` sent to node A is found on node B by a `shop`
token, and a `support` token on node B sees none of it: lists, one trace, investigate,
sessions, topics and the metrics summary."""

import json
import os
import shutil
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, Glassbox, Upstream, chat_completion, free_port, start_upstream, wait_for
from test_clickhouse import SHARED_KEY, start_clickhouse, stop

sys.path.insert(0, str(ROOT / "crates" / "glassbox-ui" / "tests" / "browser"))
from cdp import launch  # noqa: E402

TOKENS = {
    "shop_gw": "shop-gateway-token-0123456789",
    "shop_in": "shop-ingest-token-0123456789",
    "support_in": "support-ingest-token-0123456789",
    "shop_read": "shop-read-token-0123456789",
    "support_read": "support-read-token-0123456789",
    "both_read": "both-read-token-0123456789",
    "admin": "admin-token-0123456789",
}


def config_text(extra=""):
    t = TOKENS
    return f"""{extra}
[[auth.tokens]]
token = "{t['shop_gw']}"
scopes = ["gateway"]
projects = ["shop"]
[[auth.tokens]]
token = "{t['shop_in']}"
scopes = ["ingest"]
projects = ["shop"]
[[auth.tokens]]
token = "{t['support_in']}"
scopes = ["ingest"]
projects = ["support"]
[[auth.tokens]]
token = "{t['shop_read']}"
scopes = ["read"]
projects = ["shop"]
[[auth.tokens]]
token = "{t['support_read']}"
scopes = ["read"]
projects = ["support"]
[[auth.tokens]]
token = "{t['both_read']}"
scopes = ["read"]
projects = ["shop", "support"]
[[auth.tokens]]
token = "{t['admin']}"
scopes = ["admin"]
[[projects]]
name = "shop"
payload_sample_rate = 0.0
[[projects]]
name = "support"
[projects.redaction]
entities = {{ email = "hash" }}
"""


def call(g, method, path, token, body=None, project=None):
    headers = {"authorization": f"Bearer {token}"}
    if project:
        headers["x-glassbox-project"] = project
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["content-type"] = "application/json"
    req = urllib.request.Request(g.base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw and raw[:1] in b"{[" else raw)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw


def trace_doc(trace_id, name, tag, service):
    """One model call of `tag`'s customer, with a prompt (a body the payload policy keeps
    or drops), claiming project `support` in its resource (which glassbox ignores)."""
    now = time.time_ns()
    s = lambda v: {"stringValue": v}  # noqa: E731
    attrs = [
        {"key": "gen_ai.operation.name", "value": s("chat")},
        {"key": "gen_ai.request.model", "value": s("gpt-4o")},
        {"key": "gen_ai.input.messages", "value": s(json.dumps(
            [{"role": "user", "parts": [{"type": "text", "content": f"Where is my order, says {tag}?"}]}]))},
        {"key": "correlation.id", "value": s(f"cust-{tag}")},
        {"key": "session.id", "value": s(f"sess-{tag}")},
        {"key": "user.id", "value": s(f"user-{tag}@example.com")},
    ]
    return {"resourceSpans": [{
        "resource": {"attributes": [{"key": "service.name", "value": s(service)},
                                    {"key": "glassbox.project", "value": s("support")}]},
        "scopeSpans": [{"spans": [{
            "traceId": trace_id, "spanId": "00f067aa0ba902b7", "name": name, "kind": 3,
            "startTimeUnixNano": str(now), "endTimeUnixNano": str(now + 20_000_000),
            "attributes": attrs}]}]}]}


SHOP_TRACE = "5bf92f3577b34da6a3ce929d0e0e4736"
SUPPORT_TRACE = "6cf92f3577b34da6a3ce929d0e0e4737"


def log_doc(tag):
    """One OTLP log record of `tag`'s customer."""
    now = str(time.time_ns())
    return {"resourceLogs": [{
        "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "proj-app"}}]},
        "scopeLogs": [{"logRecords": [{
            "timeUnixNano": now, "observedTimeUnixNano": now, "severityNumber": 9, "severityText": "INFO",
            "body": {"stringValue": f"order looked up for cust-{tag}"},
            "attributes": [{"key": "correlation.id", "value": {"stringValue": f"cust-{tag}"}}]}]}]}]}


class Model(Upstream):
    def do_POST(self):
        self.read_json()
        self.reply_json(chat_completion("gpt-4o-mini", "Your parcel ships tomorrow.",
                                        usage={"prompt_tokens": 12, "completion_tokens": 6, "total_tokens": 18}))


def send_both(g):
    for token, trace, name, tag in ((TOKENS["shop_in"], SHOP_TRACE, "checkout chat", "shop"),
                                    (TOKENS["support_in"], SUPPORT_TRACE, "support chat", "support")):
        status, body = call(g, "POST", "/v1/traces", token, trace_doc(trace, name, tag, "proj-app"))
        assert status == 200, body
        status, body = call(g, "POST", "/api/events", token, {
            "name": "checkout", "correlation_id": f"cust-{tag}",
            "properties": {"note": f"receipt to dana.{tag}@example.com"}})
        assert status == 200, body
        status, body = call(g, "POST", "/v1/logs", token, log_doc(tag))
        assert status == 200, body
        # Thumbs up: a thumbs-down would bring a body dropped for sampling back.
        status, body = call(g, "POST", "/api/feedback", token, {"trace_id": trace, "value": "up"})
        assert status == 200, body


def assert_apart(g, reader, own_trace, other_trace, own_tag, other_tag):
    """What a reader bound to one project sees on every route limited by project."""
    get = lambda path: call(g, "GET", path, reader)  # noqa: E731
    status, page = get("/api/traces?limit=100")
    assert status == 200, page
    ids = [t["trace_id"] for t in page["traces"]]
    assert own_trace in ids and other_trace not in ids, ids
    assert get(f"/api/traces/{other_trace}")[0] == 404
    assert get(f"/api/traces/{own_trace}")[0] == 200
    assert get(f"/api/investigate/cust-{other_tag}")[0] == 404
    status, inv = get(f"/api/investigate/cust-{own_tag}")
    assert status == 200 and f"cust-{other_tag}" not in json.dumps(inv), inv
    assert get(f"/api/sessions/sess-{other_tag}")[0] == 404
    assert get(f"/api/compare?a={other_trace}")[0] == 404
    for path in ("/api/sessions?limit=100", "/api/events?limit=100", "/api/logs?limit=100",
                 "/api/topics?window=1h"):
        status, body = get(path)
        assert status == 200, (path, body)
        text = json.dumps(body)
        assert f"cust-{other_tag}" not in text and f"sess-{other_tag}" not in text, (path, text[:2000])
    status, logs = get("/api/logs?limit=100&service=proj-app")
    assert status == 200 and [entry["correlation_id"] for entry in logs["logs"]] == [f"cust-{own_tag}"], logs
    status, summary = get("/api/metrics/summary?window=15m&service=proj-app")
    assert status == 200 and summary["requests"] == 1, summary
    status, projects = get("/api/projects")
    assert projects["projects"] == [own_tag] and projects["write"] == own_tag, projects
    # Another project by name, and routes not limited by project, are refused.
    assert call(g, "GET", "/api/traces", reader, project=other_tag)[0] == 403
    status, body = get("/metrics")
    assert status == 403 and "not limited by project" in json.dumps(body), body
    status, body = get("/api/privacy")
    assert status == 200 and body["counters"] == [] and "counters_hidden" in body, body


def test_projects_on_one_node_and_the_switcher_in_a_real_browser(tmp_path):
    config = tmp_path / "glassbox.toml"
    config.write_text(config_text("[payload]\noffload_threshold_bytes = 64\n"))
    model = start_upstream(Model)
    g = Glassbox(tmp_path / "data", args=["--config", str(config),
                                          "--upstream", f"http://127.0.0.1:{model.server_port}/v1"])
    try:
        send_both(g)
        # A model call through the gateway with `shop`'s gateway token is `shop`'s.
        status, answer = call(g, "POST", "/v1/chat/completions", TOKENS["shop_gw"], {
            "model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Where is my parcel?"}],
            "user": "cust-gw"})
        assert status == 200 and "ships tomorrow" in json.dumps(answer), answer

        def gateway_call_in(reader):
            page = call(g, "GET", "/api/traces?limit=100&model=gpt-4o-mini", reader)[1]
            return [t for t in page["traces"] if "gpt-4o-mini" in t["models"]]
        assert wait_for(lambda: gateway_call_in(TOKENS["shop_read"])), "the gateway call in shop"
        assert gateway_call_in(TOKENS["support_read"]) == []
        # A token cannot write into a project it is not bound to.
        status, body = call(g, "POST", "/v1/traces", TOKENS["support_in"],
                            trace_doc("7df92f3577b34da6a3ce929d0e0e4738", "sneak", "x", "proj-app"), project="shop")
        assert status == 403 and "not bound to project `shop`" in json.dumps(body), body

        def metrics_in():
            s = call(g, "GET", "/api/metrics/summary?window=15m&service=proj-app", TOKENS["admin"])[1]
            return s.get("requests") == 2 and s
        assert wait_for(metrics_in, timeout=30)
        assert_apart(g, TOKENS["shop_read"], SHOP_TRACE, SUPPORT_TRACE, "shop", "support")
        assert_apart(g, TOKENS["support_read"], SUPPORT_TRACE, SHOP_TRACE, "support", "shop")
        # Stored in the sender's project, whatever the client wrote in its resource.
        doc = call(g, "GET", f"/api/traces/{SHOP_TRACE}", TOKENS["admin"])[1]
        assert doc["spans"][0]["resource"]["glassbox.project"] == "shop"
        # `shop` keeps no bodies (its own sample rate 0); `support` keeps them (global 1.0).
        assert doc["spans"][0]["attributes"].get("glassbox.payload") == "not_sampled", doc["spans"][0]["attributes"]
        assert "Where is my order" not in json.dumps(doc)
        sup = call(g, "GET", f"/api/traces/{SUPPORT_TRACE}", TOKENS["admin"])[1]["spans"][0]
        ref = sup["attributes"].get("glassbox.payload", "")
        assert ref.startswith("blob://sha256/"), sup["attributes"]
        # Bodies are stored by content, for every project: a token limited to projects
        # names the trace, and gets the body only through a span of its own projects.
        blob = f"/api/blobs/{ref.rsplit('/', 1)[1]}"
        status, body = call(g, "GET", f"{blob}?trace_id={SUPPORT_TRACE}", TOKENS["support_read"])
        assert status == 200 and "Where is my order" in json.dumps(body), body
        status, body = call(g, "GET", blob, TOKENS["support_read"])
        assert status == 403 and "trace_id" in json.dumps(body), body
        for trace in (SUPPORT_TRACE, SHOP_TRACE):
            assert call(g, "GET", f"{blob}?trace_id={trace}", TOKENS["shop_read"])[0] == 404
        assert call(g, "GET", blob, TOKENS["admin"])[0] == 200
        # Each project's own redaction: `support` hashes e-mail addresses, `shop` masks them.
        events = call(g, "GET", "/api/events?name=checkout&limit=10", TOKENS["admin"])[1]["events"]
        notes = {e["correlation_id"]: e["properties"]["note"] for e in events}
        assert notes["cust-shop"] == "receipt to [EMAIL]", notes
        assert notes["cust-support"].startswith("receipt to [EMAIL:") and "example.com" not in notes["cust-support"], notes
        # A reader of both sees both, or one by name.
        both = call(g, "GET", "/api/traces?limit=100", TOKENS["both_read"])[1]
        assert {SHOP_TRACE, SUPPORT_TRACE} <= {t["trace_id"] for t in both["traces"]}
        one = call(g, "GET", "/api/traces?limit=100", TOKENS["both_read"], project="support")[1]
        assert [t["trace_id"] for t in one["traces"]] == [SUPPORT_TRACE]
        assert call(g, "GET", "/api/projects", TOKENS["both_read"])[1] == {
            "projects": ["shop", "support"], "all": False, "write": "shop"}
        admin = call(g, "GET", "/api/projects", TOKENS["admin"])[1]
        assert admin["all"] is True and admin["projects"] == ["default", "shop", "support"], admin

        if shutil.which("chromium") is None:
            pytest.skip("chromium is installed by scripts/test.sh")
        artifacts = Path(os.environ.get("GLASSBOX_ARTIFACTS", tmp_path)) / "screenshots"
        artifacts.mkdir(parents=True, exist_ok=True)
        rows = "[...document.querySelectorAll('.traces-table tbody tr[data-trace-id]')].map(r => r.dataset.traceId).sort()"
        ids_of = lambda project: sorted(t["trace_id"] for t in call(  # noqa: E731
            g, "GET", "/api/traces?limit=100", TOKENS["both_read"], project=project)[1]["traces"])
        shop_ids, support_ids = ids_of("shop"), ids_of("support")
        assert SHOP_TRACE in shop_ids and len(shop_ids) == 2 and support_ids == [SUPPORT_TRACE], (shop_ids, support_ids)
        same = lambda ids: f"JSON.stringify({rows}) === {json.dumps(json.dumps(ids, separators=(',', ':')))}"  # noqa: E731
        with launch(str(artifacts)) as page:
            page.goto(g.base + "/traces")
            page.wait("document.getElementById('token-dialog').open", "the sign-in dialog")
            page.eval(f"""(() => {{ document.getElementById('token-input').value = {json.dumps(TOKENS['both_read'])};
              document.getElementById('token-form').requestSubmit(); }})()""")
            page.wait(same(sorted(shop_ids + support_ids)), "both projects' traces")
            page.wait("!document.getElementById('project-switch-label').hidden && "
                      "document.getElementById('project-switch').options.length === 3", "the project switcher")
            options = page.eval("[...document.getElementById('project-switch').options].map(o => o.textContent)")
            assert options == ["All my projects", "shop", "support"], options
            page.screenshot("projects-all")
            for project, ids in (("shop", shop_ids), ("support", support_ids)):
                page.eval(f"""(() => {{ const s = document.getElementById('project-switch'); s.value = {json.dumps(project)};
                  s.dispatchEvent(new Event('change')); }})()""")
                page.wait(same(ids), f"only {project}'s traces")
                page.screenshot(f"projects-{project}")
            # The choice holds across pages.
            page.goto(g.base + "/privacy")
            page.wait("document.body.textContent.includes('Counters not shown') && document.querySelector('.policy') !== null",
                      "the privacy page: the policy, without every project's counters")
            assert not page.eval("document.getElementById('token-dialog').open"), "asked for another token"
            assert page.eval("sessionStorage.getItem('glassbox.token')") == TOKENS["both_read"]
            page.goto(g.base + "/traces")
            page.wait(same(support_ids), "the chosen project after navigating")
            # The sign-in's 401 is an expected answer; nothing else may go wrong (script
            # errors, failed loads).
            unexpected = [p for p in page.problems if "status of 401" not in p]
            assert not unexpected, unexpected
        assert g.stop() == 0, g.log_path.read_text()[-3000:]
    finally:
        g.stop()
        model.shutdown()


def test_a_project_token_sees_nothing_of_another_project_across_clickhouse_nodes(tmp_path):
    port = free_port()
    ch = start_clickhouse(tmp_path, port)
    config = tmp_path / "glassbox.toml"
    config.write_text(config_text(
        '[storage]\nbackend = "clickhouse"\n'
        f'[storage.clickhouse]\nurl = "http://127.0.0.1:{port}"\ndatabase = "glassbox_projects"\ntimeout_secs = 10\n'))
    nodes = []
    try:
        a = Glassbox(tmp_path / "a", args=["--config", str(config)], env=SHARED_KEY)
        nodes.append(a)
        b = Glassbox(tmp_path / "b", args=["--config", str(config)], env=SHARED_KEY)
        nodes.append(b)
        send_both(a)

        def both_counted():
            s = call(b, "GET", "/api/metrics/summary?window=15m&service=proj-app", TOKENS["admin"])[1]
            return s.get("requests") == 2 and s
        assert wait_for(both_counted, timeout=30), "node B counts node A's calls"
        assert_apart(b, TOKENS["shop_read"], SHOP_TRACE, SUPPORT_TRACE, "shop", "support")
        assert_apart(b, TOKENS["support_read"], SUPPORT_TRACE, SHOP_TRACE, "support", "shop")
        for g in nodes:
            assert g.stop() == 0, g.log_path.read_text()[-3000:]
    finally:
        for g in nodes:
            g.stop()
        stop(ch)
