"""A shop backend on the golden thread: standard OpenTelemetry and W3C headers, no glassbox library.

The page (served here too, at /) loads glassbox.js from glassbox; each click gets a
correlation id that reaches this backend in `baggage` and `traceparent`. The backend
- continues the browser's trace (`propagate.extract`) and puts the correlation id on its span;
- writes to PostgreSQL with a sqlcommenter comment (traceparent, correlation_id) on each
  statement, so glassbox can join PostgreSQL's own log back to this span;
- calls the model through glassbox's gateway, passing the same headers on;
- posts a Segment-format `track` event (what an analytics pipeline would tee to glassbox).

Run (glassbox on :4000 with a gateway upstream and this page's origin in
`cors_allowed_origins`; PostgreSQL logging to jsonlog, tailed by glassbox):

    GLASSBOX_URL=http://127.0.0.1:4000 DATABASE_URL=postgresql://shop@127.0.0.1:5432/shop \\
    GLASSBOX_BROWSER_KEY=... GLASSBOX_INGEST_TOKEN=... GLASSBOX_GATEWAY_TOKEN=... \\
    python backend.py --port 8000
"""

import argparse
import base64
import json
import os
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg
from flask import Flask, Response, jsonify, request
from openai import OpenAI
from opentelemetry import baggage, propagate, trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

GLASSBOX = os.environ.get("GLASSBOX_URL", "http://127.0.0.1:4000").rstrip("/")
INGEST_TOKEN = os.environ.get("GLASSBOX_INGEST_TOKEN", "")
GATEWAY_TOKEN = os.environ.get("GLASSBOX_GATEWAY_TOKEN", "")
BROWSER_KEY = os.environ.get("GLASSBOX_BROWSER_KEY", "")
DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://shop@127.0.0.1:5432/shop")
MODEL = os.environ.get("MODEL", "gpt-4o-mini")

provider = TracerProvider(resource=Resource.create({"service.name": "shop-backend"}))
headers = {"authorization": f"Bearer {INGEST_TOKEN}"} if INGEST_TOKEN else {}
provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=f"{GLASSBOX}/v1/traces", headers=headers),
                                               schedule_delay_millis=500))
trace.set_tracer_provider(provider)
tracer = trace.get_tracer("shop-backend")

model = OpenAI(base_url=f"{GLASSBOX}/v1", api_key=os.environ.get("OPENAI_API_KEY", "unused-by-the-mock"),
               default_headers={"x-glassbox-token": GATEWAY_TOKEN} if GATEWAY_TOKEN else None)
app = Flask(__name__)
PAGE = (Path(__file__).parent / "page.html").read_text()


def sqlcomment(correlation_id: str) -> str:
    """A sqlcommenter comment naming the current span: PostgreSQL logs it with the statement."""
    carrier = {}
    propagate.inject(carrier)
    pairs = {"traceparent": carrier.get("traceparent", ""), "correlation_id": correlation_id}
    body = ",".join(f"{k}='{urllib.parse.quote(v, safe='')}'" for k, v in sorted(pairs.items()) if v)
    return f" /*{body}*/"


def track(event: str, user_id: str, correlation_id: str, properties: dict) -> None:
    """A Segment `track` call; the write key is the HTTP Basic user name."""
    carrier = {}
    propagate.inject(carrier)
    body = {"event": event, "userId": user_id,
            "properties": {**properties, "correlation_id": correlation_id},
            "context": {"traceparent": carrier.get("traceparent")}}
    auth = base64.b64encode(f"{INGEST_TOKEN}:".encode()).decode()
    req = urllib.request.Request(f"{GLASSBOX}/ingest/segment/v1/track", data=json.dumps(body).encode(),
                                 method="POST", headers={"content-type": "application/json",
                                                         **({"authorization": f"Basic {auth}"} if INGEST_TOKEN else {})})
    urllib.request.urlopen(req, timeout=10).read()


@app.get("/")
def page():
    html = PAGE.replace("{{GLASSBOX}}", GLASSBOX).replace("{{BROWSER_KEY}}", BROWSER_KEY)
    return Response(html, mimetype="text/html")


@app.get("/healthz")
def healthz():
    return "ok"


@app.post("/api/order")
def order():
    ctx = propagate.extract(request.headers)  # case-insensitive, as HTTP headers are
    correlation_id = baggage.get_baggage("correlation.id", ctx) or request.headers.get("x-correlation-id", "")
    session_id = baggage.get_baggage("session.id", ctx) or ""
    form = request.get_json(force=True)
    with tracer.start_as_current_span("POST /api/order", context=ctx, kind=trace.SpanKind.SERVER) as span:
        span.set_attribute("correlation.id", correlation_id)
        span.set_attribute("session.id", session_id)
        span.set_attribute("enduser.id", form["email"])
        with psycopg.connect(DATABASE_URL, autocommit=True) as db:
            with tracer.start_as_current_span("save order"):
                db.execute("CREATE TABLE IF NOT EXISTS orders (id serial PRIMARY KEY, email text, name text, "
                           "note text, created timestamptz DEFAULT now())" + sqlcomment(correlation_id))
                row = db.execute("INSERT INTO orders (email, name, note) VALUES (%s, %s, %s) RETURNING id"
                                 + sqlcomment(correlation_id), (form["email"], form["name"], form["note"])).fetchone()
        carrier = {}
        propagate.inject(carrier)
        answer = model.chat.completions.create(
            model=MODEL, user=form["email"],
            messages=[{"role": "user", "content": f"Write a one-line thank-you to {form['name']} for order "
                                                  f"{row[0]}. Their note: {form['note']}"}],
            extra_headers={**carrier, "x-correlation-id": correlation_id}).choices[0].message.content
        track("Order Completed", form["email"], correlation_id, {"order_id": str(row[0]), "revenue": 42.5})
    return jsonify({"order_id": row[0], "reference": correlation_id, "message": answer})


@app.after_request
def flush(resp):
    provider.force_flush(5000)
    return resp


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=8000)
    args = p.parse_args()
    app.run(host="127.0.0.1", port=args.port, threaded=True)
