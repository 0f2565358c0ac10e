"""End-to-end check of the glassbox gateway with the official `openai` Python SDK.

How to run (the gateway in front of glassbox's mock upstream):

    pip install openai
    glassbox mock-upstream --listen 127.0.0.1:4010 &
    glassbox serve --upstream http://127.0.0.1:4010/v1 &        # gateway on :4000
    GLASSBOX_GATEWAY_URL=http://127.0.0.1:4000/v1 python3 crates/glassbox-gateway/tests/openai_sdk_e2e.py

Environment:
    GLASSBOX_GATEWAY_URL  base URL of the gateway, including /v1 (required)
    OPENAI_API_KEY        any value; the mock does not check it (default "sk-e2e")
    E2E_CHAT_MODEL        chat model (default "mock-model")
    E2E_EMBED_MODEL       embeddings model (default "mock-embedding")
    E2E_FAIL_MODEL        a model the upstream answers 429 for (default "mock-fail-429",
                          which the mock upstream always rate-limits)

Exits 0 and prints "N passed, 0 failed" when every check passes.
"""

import os
import sys
import time

import openai

BASE = os.environ.get("GLASSBOX_GATEWAY_URL")
if not BASE:
    sys.exit("set GLASSBOX_GATEWAY_URL, e.g. http://127.0.0.1:4000/v1")
CHAT = os.environ.get("E2E_CHAT_MODEL", "mock-model")
EMBED = os.environ.get("E2E_EMBED_MODEL", "mock-embedding")
FAIL = os.environ.get("E2E_FAIL_MODEL", "mock-fail-429")

client = openai.OpenAI(base_url=BASE, api_key=os.environ.get("OPENAI_API_KEY", "sk-e2e"), max_retries=0, timeout=30)
MESSAGES = [{"role": "user", "content": "Say something short about glass boxes."}]


def check_plain():
    raw = client.chat.completions.with_raw_response.create(model=CHAT, messages=MESSAGES)
    assert raw.headers.get("x-request-id"), "x-request-id header"
    assert raw.headers.get("traceparent", "").startswith("00-"), "traceparent header"
    assert "traceid;desc=" in raw.headers.get("server-timing", ""), "server-timing header"
    completion = raw.parse()
    assert completion.choices[0].message.content, "content"
    assert completion.usage and completion.usage.completion_tokens > 0, "usage"


def check_stream():
    chunks = list(client.chat.completions.create(model=CHAT, messages=MESSAGES, stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text, "streamed text"
    assert all(c.usage is None for c in chunks), "no usage chunk unless asked for"
    with_usage = list(client.chat.completions.create(model=CHAT, messages=MESSAGES, stream=True, stream_options={"include_usage": True}))
    assert with_usage[-1].usage is not None and with_usage[-1].usage.completion_tokens > 0, "usage chunk when asked for"


def check_embeddings():
    e = client.embeddings.create(model=EMBED, input=["glass", "box"])
    assert len(e.data) == 2 and len(e.data[0].embedding) > 0


def check_rate_limit():
    try:
        client.chat.completions.create(model=FAIL, messages=MESSAGES)
    except openai.RateLimitError as err:
        assert err.status_code == 429
        return
    raise AssertionError("expected openai.RateLimitError")


def check_cancel():
    # Read one chunk, then close the connection: the gateway records the call as
    # cancelled and cancels the upstream request.
    stream = client.chat.completions.create(model=CHAT, messages=MESSAGES, stream=True)
    first = next(iter(stream))
    assert first is not None
    stream.close()
    # The gateway keeps serving afterwards.
    time.sleep(0.1)
    assert client.models.list().data, "models after cancel"


def main():
    checks = [check_plain, check_stream, check_embeddings, check_rate_limit, check_cancel]
    passed = failed = 0
    for check in checks:
        try:
            check()
            passed += 1
            print(f"ok   {check.__name__}")
        except Exception as err:  # noqa: BLE001 - report every failure, keep going
            failed += 1
            print(f"FAIL {check.__name__}: {err!r}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
