"""The right to erasure and redaction-key rotation, against the real binary: a user's
spans, logs and events written before and after a key rotation are all found by the raw
user id, `DELETE /api/subjects/{user_id}` (admin only) removes every one of them and
reports what it removed, and another user's data stays."""

import json
import time
import urllib.error
import urllib.request

from conftest import Glassbox

ADMIN = "erasure-admin-0123456789"
READ = "erasure-read-0123456789"
TOKENS = f'[{{token = "{ADMIN}", scopes = ["admin"]}}, {{token = "{READ}", scopes = ["read"]}}]'
K1 = "k1:" + "11" * 16
K2 = "k2:" + "22" * 16


def otlp(trace_hex, user, text):
    return {"resourceSpans": [{"resource": {"attributes": [
        {"key": "service.name", "value": {"stringValue": "support-bot"}}]},
        "scopeSpans": [{"spans": [{
            "traceId": trace_hex, "spanId": trace_hex[:16], "name": "chat gpt-4o", "kind": 3,
            "startTimeUnixNano": str(time.time_ns() - 2_000_000_000), "endTimeUnixNano": str(time.time_ns()),
            "attributes": [
                {"key": "user.id", "value": {"stringValue": user}},
                {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
                {"key": "gen_ai.operation.name", "value": {"stringValue": "chat"}},
                {"key": "gen_ai.input.messages", "value": {"stringValue":
                    '[{"role":"user","parts":[{"type":"text","content":"' + text + '"}]}]'}},
            ]}]}]}]}


def start(tmp_path, key):
    return Glassbox(tmp_path / "data", token=ADMIN,
                    env={"GLASSBOX_AUTH__TOKENS": TOKENS, "GLASSBOX_REDACT_KEY": key})


def wait_for(g, path, pred, what):
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            body = g.get(path)
        except AssertionError:
            body = None
        if body is not None and pred(body):
            return body
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_rotation_keeps_lookups_and_erasure_removes_everything(tmp_path):
    alice, bob = "alice@example.com", "bob-7731"
    g = start(tmp_path, K1)
    try:
        g.post_json("/v1/traces", otlp("a1" * 16, alice, "refund my order"))
        g.post_json("/v1/traces", otlp("b1" * 16, bob, "where is my parcel"))
        g.post_json("/api/feedback", {"value": "down", "user_id": alice, "trace_id": "a1" * 16})
        g.post_json("/api/events", {"name": "conversion", "user_id": alice, "correlation_id": "web-a"})
        wait_for(g, f"/api/investigate/{alice}", lambda b: len(b["traces"]) == 1, "alice's first trace")
    finally:
        g.stop()

    # Rotate: k2 is active, k1 still finds what was written with it.
    g = start(tmp_path, f"{K2},{K1}")
    try:
        g.post_json("/v1/traces", otlp("a2" * 16, alice, "cancel my subscription"))
        inv = wait_for(g, f"/api/investigate/{alice}", lambda b: len(b["traces"]) == 2,
                       "both of alice's traces, before and after the rotation")
        users = {t["user_id"] for t in inv["traces"]}
        assert len(users) == 2 and all(u.startswith("[ID:k") for u in users), users
        listed = g.get(f"/api/traces?user_id={alice}")["traces"]
        assert len(listed) == 2, "the traces list finds the user under both keys"
        assert g.get("/api/privacy")["key_id"] == "k2"

        # Only admin may erase.
        assert len(g.get(f"/api/traces?user_id={bob}")["traces"]) == 1

        def delete(path, token):
            req = urllib.request.Request(g.base + path, method="DELETE",
                                         headers={"authorization": f"Bearer {token}"})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    return r.status, json.loads(r.read())
            except urllib.error.HTTPError as e:
                return e.code, json.loads(e.read())
        status, body = delete(f"/api/subjects/{alice}", READ)
        assert status == 403, body
        status, body = delete(f"/api/subjects/{alice}", ADMIN)
        assert status == 200, body
        removed = body["removed"]
        assert removed["traces"] == 2 and removed["spans"] == 2, body
        assert removed["events"] >= 1, body
        assert alice not in json.dumps(body), "the raw id is not echoed back"
        g.get(f"/api/investigate/{alice}", expect=404)
        assert g.get(f"/api/traces?user_id={alice}")["traces"] == []
        assert len(g.get(f"/api/traces?user_id={bob}")["traces"]) == 1, "bob's data stays"
        status, again = delete(f"/api/subjects/{alice}", ADMIN)
        assert status == 200 and again["removed"]["traces"] == 0
    finally:
        g.stop()
    log = (tmp_path / "data").parent.glob("glassbox-*.log")
    for path in log:
        assert alice not in path.read_text(errors="replace"), f"{path} names the raw user id"
