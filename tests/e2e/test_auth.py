"""Trust with tokens on, against the real binary and a recording model upstream:
every route needs its scope (the README's route × scope table, route by route), no
glassbox token ever reaches the upstream, the response cache never crosses tokens,
provider keys or users, and browsers on listed origins (only) get CORS."""

import json
import time
import urllib.error
import urllib.request

import pytest

from conftest import Upstream, start_upstream

TOKENS = {
    "admin": "tok-admin-0123456789abcdef",
    "read": "tok-read-0123456789abcdef",
    "ingest": "tok-ingest-0123456789abcdef",
    "gateway": "tok-gateway-0123456789abcdef",
    "gateway2": "tok-gateway2-0123456789abcdef",
}
SCOPES = {"admin": "admin", "read": "read", "ingest": "ingest", "gateway": "gateway", "gateway2": "gateway"}
ORIGIN = "http://app.localhost:3000"


class Recorder(Upstream):
    """An OpenAI-compatible upstream that records every request it gets."""
    seen = []

    def do_GET(self):
        Recorder.seen.append({"path": self.path, "headers": dict(self.headers.items()), "body": ""})
        self.reply_json({"object": "list", "data": [{"id": "rec-model", "object": "model"}]})

    def do_POST(self):
        n = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(n).decode(errors="replace")
        Recorder.seen.append({"path": self.path, "headers": dict(self.headers.items()), "body": body})
        self.reply_json({"id": f"chatcmpl-{len(Recorder.seen)}", "object": "chat.completion", "created": 1,
                      "model": "rec-model",
                      "choices": [{"index": 0, "finish_reason": "stop",
                                   "message": {"role": "assistant", "content": f"answer #{len(Recorder.seen)}"}}],
                      "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}})


@pytest.fixture
def setup(glassbox):
    Recorder.seen = []
    upstream = start_upstream(Recorder)
    tokens = ", ".join(f'{{token = "{TOKENS[k]}", scopes = ["{SCOPES[k]}"]}}' for k in TOKENS)
    g = glassbox(args=["--upstream", f"http://127.0.0.1:{upstream.server_port}/v1"],
                 env={"GLASSBOX_AUTH__TOKENS": f"[{tokens}]",
                      "GLASSBOX_SERVER__CORS_ALLOWED_ORIGINS": f'["{ORIGIN}"]'})
    yield g
    upstream.shutdown()


def call(g, method, path, headers=None, body=None):
    data = None
    h = dict(headers or {})
    if body is not None:
        data = json.dumps(body).encode() if not isinstance(body, bytes) else body
        h.setdefault("content-type", "application/json")
    req = urllib.request.Request(g.base + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers.items()), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers.items()), e.read()


def chat(content, temperature=0, **extra):
    return {"model": "rec-model", "temperature": temperature,
            "messages": [{"role": "user", "content": content}], **extra}


OTLP_JSON = {"resourceSpans": [{"resource": {"attributes": []}, "scopeSpans": [{"spans": [{
    "traceId": "5b8efff798038103d269b633813fc60c", "spanId": "eee19b7ec3c1b174", "name": "auth-test",
    "startTimeUnixNano": "1700000000000000000", "endTimeUnixNano": "1700000001000000000"}]}]}]}

# (method, path, body, scope that may call it)
ROUTES = [
    ("POST", "/v1/traces", OTLP_JSON, "ingest"),
    ("POST", "/v1/logs", {"resourceLogs": []}, "ingest"),
    ("POST", "/v1/metrics", {"resourceMetrics": []}, "ingest"),
    ("POST", "/api/feedback", {"trace_id": "5b8efff798038103d269b633813fc60c", "value": "up"}, "ingest"),
    ("POST", "/api/events", {"name": "signup", "correlation_id": "web-1"}, "ingest"),
    ("POST", "/v1/chat/completions", chat("hello", temperature=0.5), "gateway"),
    ("GET", "/v1/models", None, "gateway"),
    ("GET", "/api/traces", None, "read"),
    ("GET", "/api/logs", None, "read"),
    ("GET", "/api/investigate/nobody", None, "read"),
    ("GET", "/api/compare?a=5b8efff798038103d269b633813fc60c", None, "read"),
    ("GET", "/api/metrics/summary", None, "read"),
    ("GET", "/api/metrics/timeseries?metric=requests_per_s", None, "read"),
    ("GET", "/api/privacy", None, "read"),
    ("GET", "/api/openapi.json", None, "read"),
    ("GET", "/metrics", None, "read"),
]


def test_every_route_needs_its_scope(setup):
    g = setup
    for method, path, body, scope in ROUTES:
        status, _, text = call(g, method, path, body=body)
        assert status == 401, f"{method} {path} without a token: {status} {text[:200]!r}"
        assert scope.encode() in text, f"{method} {path}: the 401 does not name the `{scope}` scope: {text!r}"
        for name, token in TOKENS.items():
            status, _, text = call(g, method, path, {"authorization": f"Bearer {token}"}, body)
            allowed = SCOPES[name] in (scope, "admin")
            if allowed:
                assert status < 400 or status == 404, f"{method} {path} with a {name} token: {status} {text[:300]!r}"
            else:
                assert status == 403, f"{method} {path} with a {name} token must be refused: {status} {text[:200]!r}"
    # Routes without data answer without a token: health and the UI.
    for path in ["/healthz", "/readyz", "/", "/traces", "/logs", "/privacy"]:
        status, _, text = call(g, "GET", path)
        assert status == 200, f"GET {path} without a token: {status}"
    status, _, text = call(g, "GET", "/")
    asset = text.decode().split('src="')[1].split('"')[0]
    assert call(g, "GET", asset)[0] == 200, f"UI asset {asset} needs no token"


def test_glassbox_tokens_never_reach_the_upstream(setup):
    g = setup
    gw = TOKENS["gateway"]
    # 1. The glassbox token in Authorization (no provider key configured or sent).
    status, _, text = call(g, "POST", "/v1/chat/completions", {"authorization": f"Bearer {gw}"}, chat("one", 0.7))
    assert status == 200, text
    # 2. A provider key in Authorization and the glassbox token beside it.
    status, _, text = call(g, "POST", "/v1/chat/completions",
                           {"authorization": "Bearer sk-provider-abc", "x-glassbox-token": gw}, chat("two", 0.7))
    assert status == 200, text
    # 3. Pass-through and models routes too.
    assert call(g, "GET", "/v1/models", {"x-glassbox-token": gw, "authorization": "Bearer sk-provider-abc"})[0] == 200
    # 4. The admin token the same ways.
    call(g, "POST", "/v1/chat/completions", {"authorization": f"Bearer {TOKENS['admin']}"}, chat("three", 0.7))
    assert len(Recorder.seen) >= 4, Recorder.seen
    for r in Recorder.seen:
        blob = json.dumps(r)
        for name, token in TOKENS.items():
            assert token not in blob, f"the {name} glassbox token reached the upstream: {r['path']} {r['headers']}"
        assert "x-glassbox-token" not in {k.lower() for k in r["headers"]}
    first, second = Recorder.seen[0], Recorder.seen[1]
    assert "authorization" not in {k.lower() for k in first["headers"]}, first["headers"]
    auth = {k.lower(): v for k, v in second["headers"].items()}.get("authorization")
    assert auth == "Bearer sk-provider-abc", second["headers"]


def test_the_cache_never_crosses_callers(setup):
    g = setup

    def ask(headers, **extra):
        status, h, text = call(g, "POST", "/v1/chat/completions", headers, chat("What is our refund policy?", **extra))
        assert status == 200, text
        return {k.lower(): v for k, v in h.items()}.get("x-glassbox-cache"), json.loads(text)

    a = {"x-glassbox-token": TOKENS["gateway"]}
    b = {"x-glassbox-token": TOKENS["gateway2"]}
    assert ask(a)[0] == "miss"
    status, first = ask(a)
    assert status == "hit", "the same token and prompt should hit"
    status, other = ask(b)
    assert status == "miss", "a second glassbox token must not see the first one's cached answer"
    assert other["choices"][0]["message"]["content"] != first["choices"][0]["message"]["content"]
    # Same token, other provider key: miss.
    assert ask({**a, "authorization": "Bearer sk-customer-1"})[0] == "miss"
    assert ask({**a, "authorization": "Bearer sk-customer-2"})[0] == "miss"
    assert ask({**a, "authorization": "Bearer sk-customer-1"})[0] == "hit"
    # Same token, other end users: miss each, then hit for the same user.
    assert ask(a, user="customer-401")[0] == "miss"
    assert ask(a, user="customer-402")[0] == "miss"
    assert ask(a, user="customer-402")[0] == "hit"
    assert ask({**a, "x-glassbox-user-id": "customer-403"})[0] == "miss"


def test_cors_for_listed_origins_only(setup):
    g = setup
    pre = {"origin": ORIGIN, "access-control-request-method": "POST",
           "access-control-request-headers": "authorization, content-type, traceparent, x-correlation-id"}
    for path in ["/v1/chat/completions", "/v1/traces", "/api/events", "/api/feedback"]:
        status, h, _ = call(g, "OPTIONS", path, pre)
        h = {k.lower(): v for k, v in h.items()}
        assert status == 204, f"preflight {path}: {status}"
        assert h["access-control-allow-origin"] == ORIGIN
        assert "traceparent" in h["access-control-allow-headers"]
        assert "access-control-allow-credentials" not in h
    status, _, text = call(g, "OPTIONS", "/v1/chat/completions", {**pre, "origin": "https://evil.localhost"})
    assert status == 403 and b"cors_allowed_origins" in text
    # The read API is not for other origins.
    status, h, _ = call(g, "OPTIONS", "/api/traces", pre)
    assert "access-control-allow-origin" not in {k.lower() for k in h}
    # A real call from the page.
    status, h, text = call(g, "POST", "/api/events", {"origin": ORIGIN, "authorization": f"Bearer {TOKENS['ingest']}"},
                           {"name": "page_view", "correlation_id": "web-2"})
    h = {k.lower(): v for k, v in h.items()}
    assert status == 200, text
    assert h["access-control-allow-origin"] == ORIGIN
    assert "x-request-id" in h["access-control-expose-headers"] and "server-timing" in h["access-control-expose-headers"]
    status, h, _ = call(g, "POST", "/api/events", {"origin": "https://evil.localhost",
                                                    "authorization": f"Bearer {TOKENS['ingest']}"}, {"name": "x", "correlation_id": "web-3"})
    assert "access-control-allow-origin" not in {k.lower() for k in h}
