"""The real OpenTelemetry Python SDK sends a nested agent trace to glassbox over
OTLP/HTTP protobuf and over OTLP/gRPC; the test reads it back through the API and the CLI."""

import subprocess
import time

import pytest
from opentelemetry import trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.trace import Status, StatusCode

from conftest import BINARY


def agent_trace(exporter, service):
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("agent-e2e", "1.0")
    with tracer.start_as_current_span("invoke_agent travel_planner") as root:
        root.set_attribute("gen_ai.operation.name", "invoke_agent")
        root.set_attribute("gen_ai.agent.name", "travel_planner")
        root.set_attribute("correlation.id", f"cust-402-{service}")
        root.set_attribute("user.id", "alice@example.com")
        root.set_attribute("session.id", "sess-77")
        trace_id = format(root.get_span_context().trace_id, "032x")
        with tracer.start_as_current_span("chat gpt-4o") as plan:
            plan.set_attribute("gen_ai.operation.name", "chat")
            plan.set_attribute("gen_ai.provider.name", "openai")
            plan.set_attribute("gen_ai.request.model", "gpt-4o")
            plan.set_attribute("gen_ai.usage.input_tokens", 120)
            plan.set_attribute("gen_ai.usage.output_tokens", 30)
            plan.set_attribute("gen_ai.input.messages",
                               '[{"role":"user","parts":[{"type":"text","content":"Book a flight, my card is 4111 1111 1111 1111"}]}]')
            time.sleep(0.01)
        with tracer.start_as_current_span("execute_tool search_flights") as tool:
            tool.set_attribute("gen_ai.operation.name", "execute_tool")
            tool.set_attribute("gen_ai.tool.name", "search_flights")
            time.sleep(0.12)
            with tracer.start_as_current_span("GET flights-api") as http:
                http.set_status(Status(StatusCode.ERROR, "upstream timeout"))
                time.sleep(0.01)
        with tracer.start_as_current_span("chat gpt-4o answer") as answer:
            answer.set_attribute("gen_ai.operation.name", "chat")
            answer.set_attribute("gen_ai.request.model", "gpt-4o")
            time.sleep(0.01)
    provider.shutdown()
    return trace_id


def check_trace(g, trace_id, service):
    doc = g.get(f"/api/traces/{trace_id}")
    spans = {s["name"]: s for s in doc["spans"]}
    assert set(spans) == {"invoke_agent travel_planner", "chat gpt-4o", "execute_tool search_flights",
                          "GET flights-api", "chat gpt-4o answer"}
    root = spans["invoke_agent travel_planner"]
    assert root["parent_span_id"] is None
    assert spans["GET flights-api"]["parent_span_id"] == spans["execute_tool search_flights"]["span_id"]
    assert spans["chat gpt-4o"]["gen_ai"]["request_model"] == "gpt-4o"
    assert spans["chat gpt-4o"]["gen_ai"]["input_tokens"] == 120
    assert spans["execute_tool search_flights"]["gen_ai"]["tool_name"] == "search_flights"
    # the slow tool call is the slowest step on the critical path
    assert doc["slowest_step"]["name"] == "execute_tool search_flights"
    assert spans["execute_tool search_flights"]["span_id"] in doc["critical_path"]
    assert spans["GET flights-api"]["status"]["code"] == "error"
    assert root["span_id"] in doc["errors"]["ancestors"]
    # PII never comes back: the card number is masked, the user id pseudonymized
    text = str(doc)
    assert "4111 1111 1111 1111" not in text and "alice@example.com" not in text
    assert "[CREDIT_CARD]" in text
    listed = g.get(f"/api/traces?service={service}&correlation_id=cust-402-{service}")
    assert [t["trace_id"] for t in listed["traces"]] == [trace_id]
    assert listed["traces"][0]["error"] is True
    assert g.get(f"/api/traces?session_id=sess-77&service={service}")["traces"][0]["trace_id"] == trace_id
    # the raw user id finds the pseudonymized trace
    inv = g.get(f"/api/investigate/alice@example.com")
    assert trace_id in [t["trace_id"] for t in inv["traces"]]
    inv = g.get(f"/api/investigate/cust-402-{service}")
    assert [e["type"] for e in inv["timeline"]].count("span") == 5


@pytest.mark.parametrize("transport", ["http-protobuf", "grpc"])
def test_sdk_agent_trace_roundtrip(glassbox, transport):
    g = glassbox()
    if transport == "grpc":
        from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter
        from opentelemetry.exporter.otlp.proto.grpc.exporter import Compression
        exporter = OTLPSpanExporter(endpoint=f"127.0.0.1:{g.grpc_port}", insecure=True, compression=Compression.Gzip)
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        from opentelemetry.exporter.otlp.proto.http import Compression
        exporter = OTLPSpanExporter(endpoint=f"{g.base}/v1/traces", compression=Compression.Gzip)
    service = f"agent-{transport}"
    trace_id = agent_trace(exporter, service)
    check_trace(g, trace_id, service)

    out = subprocess.run([str(BINARY), "trace", trace_id, "--server", g.base], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert "slowest: step" in out.stdout and "execute_tool search_flights" in lines[1]
    # A mark column: ↳ a step below failed, ✗ this step failed, and why under it. The agent
    # runs its steps one after another, so the critical path is not marked (it is all of it).
    tool_line = next(l for l in lines if l[2:].strip().startswith("execute_tool search_flights"))
    assert tool_line.startswith("↳"), tool_line
    http_at = next(i for i, l in enumerate(lines) if l[2:].strip().startswith("GET flights-api"))
    assert lines[http_at].startswith("✗") and "└ upstream timeout" in lines[http_at + 1], out.stdout
    assert "◆" not in out.stdout
    out = subprocess.run([str(BINARY), "investigate", f"cust-402-{service}", "--server", g.base],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert "matched as correlation_id" in out.stdout and "search_flights" in out.stdout
    bad = subprocess.run([str(BINARY), "trace", "nothex", "--server", g.base], capture_output=True, text=True)
    assert bad.returncode != 0 and "not a trace id" in bad.stderr
