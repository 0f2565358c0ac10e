"""Topics end to end: users of the official openai SDK ask glassbox's gateway the same
things in different words, with different names, places and numbers; /api/topics counts
each request under one keyed topic id with its users, errors, thumbs and trend, shows
keywords only once enough distinct users used them (never a name or an email), and the
trace and log lists filter by topic. Nothing a user wrote is needed to count it."""

import json

import openai
import pytest

from conftest import Upstream, chat_completion, gateway_to, wait_for

CANCEL = [
    "Please cancel my flight to {city}, booking {n}.",
    "hi, I can't travel anymore - cancel the flight for {name}",
    "I need to cancel my plane ticket to {city} asap",
    "Cancel my flight on the {n}th, I'm {name} ({email})",
]
PASSWORD = [
    "I forgot my password, my email is {email}",
    "the password reset link you sent doesn't work",
]
NAMES = ["Ana García", "Takumi Sato", "Chidi Okafor", "Lena Müller", "Priya Nair", "Omar Haddad",
         "Sofia Rossi", "Jonas Berg", "Mei Lin", "Diego Silva", "Fatima Zahra", "Kofi Mensah"]
CITIES = ["Lisbon", "Osaka", "Nairobi", "Toronto", "Lima", "Berlin"]


class Echo(Upstream):
    def do_POST(self):
        self.read_json()
        self.reply_json(chat_completion("scripted", "Done.", "stop",
                                        {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}))


@pytest.fixture
def gateway(glassbox):
    with gateway_to(glassbox, Echo) as g:
        yield g


def test_paraphrases_meet_in_one_topic_with_k_anonymous_keywords(gateway):
    g = gateway
    client = openai.OpenAI(base_url=f"{g.base}/v1", api_key="sk-e2e")
    sent = 0
    # 12 users ask to cancel a flight, each their own way; 2 users ask about passwords.
    for i, name in enumerate(NAMES):
        first, last = name.split()
        text = CANCEL[i % len(CANCEL)].format(city=CITIES[i % len(CITIES)], n=10 + i, name=name,
                                              email=f"{first.lower()}.{last.lower()}@example.com")
        client.chat.completions.create(model="gpt-4o-mini", user=f"user-{i}",
                                       messages=[{"role": "user", "content": text}],
                                       extra_headers={"x-correlation-id": f"cancel-{i}"})
        sent += 1
    for i, template in enumerate(PASSWORD):
        client.chat.completions.create(model="gpt-4o-mini", user=f"user-{100 + i}",
                                       messages=[{"role": "user", "content": template.format(email="x.y@example.com")}],
                                       extra_headers={"x-correlation-id": f"password-{i}"})
        sent += 1
    # Thumbs on two cancel calls, by correlation id (as a web page sends them).
    for corr, value in (("cancel-0", "up"), ("cancel-1", "down")):
        g.post_json("/api/feedback", {"correlation_id": corr, "value": value})

    def topics():
        t = g.get("/api/topics?window=1h&buckets=6")["topics"]
        return t if sum(x["count"] for x in t) >= sent and any(x["feedback_up"] for x in t) else None

    listed = wait_for(topics)
    assert listed, g.get("/api/topics?window=1h")
    cancel, password = listed[0], listed[1]
    assert len(listed) == 2, listed
    assert cancel["count"] == 12 and cancel["users"] == 12, cancel
    assert cancel["topic"].startswith("T-") and len(cancel["topic"]) == 10
    assert sum(cancel["trend"]) == 12 and len(cancel["trend"]) == 6
    assert cancel["errors"] == 0 and cancel["error_rate"] == 0
    assert (cancel["feedback_up"], cancel["feedback_down"], cancel["thumbs_up_ratio"]) == (1, 1, 0.5)
    # 12 users ≥ k = 10: the words they all used are shown; none of what identifies them is.
    assert "flight" in cancel["keywords"] and "cancel" in cancel["keywords"], cancel
    body = json.dumps(listed).lower()
    for name in NAMES:
        for part in name.lower().split():
            assert part not in body, part
    assert "example.com" not in body and "lisbon" not in body
    # Two users: below k, the topic is only its id.
    assert password["count"] == 2 and password["users"] == 2 and password["keywords"] == []

    # The calls of a topic, from the trace and log lists.
    traces = g.get(f"/api/traces?topic={cancel['topic']}&limit=100")["traces"]
    assert len(traces) == 12 and all(t["topic"] == cancel["topic"] for t in traces)
    logs = wait_for(lambda: g.get(f"/api/logs?topic={password['topic']}&limit=100")["logs"])
    assert logs and all(l["attributes"]["gen_ai.prompt.topic"] == password["topic"] for l in logs)

    # The policy's k is a floor a caller can raise but never lower, and ids are checked.
    assert g.get("/api/topics?window=1h&k=13")["topics"][0]["keywords"] == []
    err = g.get("/api/topics?k=2", expect=400)
    assert err["error"]["param"] == "k"
    assert g.get("/api/traces?topic=flights", expect=400)["error"]["param"] == "topic"
    assert g.get("/api/topics?window=0s", expect=400)["error"]["param"] == "window"
