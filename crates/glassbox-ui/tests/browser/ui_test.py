#!/usr/bin/env python3
"""Loads every glassbox view in headless Chromium over the DevTools protocol, fails on any
console error, uncaught exception or failed asset load, checks each page shows its data
and saves a screenshot per page. Standard library only (DevTools client in cdp.py).

Ids come from the API under test: the slowest trace from /api/traces?min_duration=4s, the
trace with most spans from /api/traces, a correlation id from /api/traces."""
import json, os, sys, time, urllib.parse, urllib.request

BASE = sys.argv[1].rstrip("/")
OUT = sys.argv[2]
TOKEN = os.environ.get("GLASSBOX_TOKEN", "")


from cdp import launch  # noqa: E402  (DevTools client shared with the other browser tests)


def get_json(path):
    req = urllib.request.Request(BASE + path, headers={"authorization": f"Bearer {TOKEN}"} if TOKEN else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def submit_token(page, token):
    page.eval(f"""(() => {{ document.getElementById('token-input').value = {json.dumps(token)};
      document.getElementById('token-form').requestSubmit(); }})()""")


def sign_in(page):
    """401 -> sign-in dialog -> page: a wrong token is refused with a message, the right one
    is kept for the tab and the page shows its data."""
    page.goto(BASE + "/traces")
    page.wait("document.getElementById('token-dialog').open", "the sign-in dialog on a 401")
    assert page.eval("document.getElementById('sign-out').hidden"), "sign-out shown before signing in"
    page.screenshot("sign-in")
    submit_token(page, "not-the-right-token-000")
    page.wait("document.getElementById('token-dialog').open && !document.getElementById('token-error').hidden",
              "a refused token asks again with a message")
    msg = page.eval("document.getElementById('token-error').textContent")
    assert "scope" in msg or "refused" in msg, f"unhelpful refusal: {msg}"
    submit_token(page, TOKEN)
    page.wait("!document.getElementById('token-dialog').open && document.querySelectorAll('.traces-table tbody tr').length > 0",
              "the traces page after signing in")
    assert page.eval("!document.getElementById('sign-out').hidden"), "no sign-out button once signed in"
    print("ok    sign-in                401 -> dialog -> refused token -> right token -> traces")


def sign_out(page):
    page.goto(BASE + "/logs")
    page.wait("document.querySelectorAll('.log-row').length > 0", "logs before signing out")
    page.eval("document.getElementById('sign-out').click()")
    page.wait("sessionStorage.getItem('glassbox.token') === null && document.getElementById('token-dialog').open",
              "signing out forgets the token and asks again")
    print("ok    sign-out               token forgotten, dialog shown")


def main():
    failures = []
    results = {}
    with launch(OUT) as page:
        if TOKEN:
            sign_in(page)

        # Ids from the API under test.
        slow_list = get_json("/api/traces?min_duration=4s&limit=100")["traces"]
        assert slow_list, "no trace of 4 s or more: the demo should produce a slow agent run"
        slow = max(slow_list, key=lambda t: t["duration_ns"])
        slow_doc = get_json(f"/api/traces/{slow['trace_id']}")
        step = slow_doc.get("slowest_step") or {}
        all_traces = get_json("/api/traces?limit=200")["traces"]
        big = max(all_traces, key=lambda t: t["span_count"])
        corr = slow.get("correlation_id") or next(t["correlation_id"] for t in all_traces if t.get("correlation_id"))

        def check(name, url, ready, what, extra=None):
            page.problems = []
            t0 = time.time()
            try:
                page.goto(url)
                page.wait(ready, what)
                if extra:
                    extra()
                time.sleep(0.3)  # let late errors surface
                page.eval("1")
                if page.problems:
                    raise AssertionError("; ".join(page.problems))
                print(f"ok    {name:<22} {url}  ({time.time() - t0:.1f} s)")
            except Exception as e:  # report every page, then fail
                failures.append(f"{name}: {e}")
                print(f"FAIL  {name:<22} {url}\n      {e}")
            finally:
                try:
                    page.screenshot(name)
                except Exception as e:
                    failures.append(f"{name}: screenshot: {e}")

        def tiles_agree_with_charts():
            # A tile and the chart beside it show the same statistic for the same window:
            # the latency and TTFT charts' P50 legends read what the P50 tiles read.
            for tile, chart in (("Latency P50", "latency"), ("TTFT P50", "ttft")):
                page.wait(f"""(() => {{ const t = [...document.querySelectorAll('.tile')].find(x => x.querySelector('.tile-label').textContent === {json.dumps(tile)});
                  const l = [...document.querySelectorAll('[data-chart={chart}] .legend-item')].find(x => x.textContent.startsWith('P50'));
                  return t && l && l.textContent.trim() === 'P50 ' + t.querySelector('.tile-value').textContent.trim(); }})()""",
                          f"the {tile} tile and its chart's legend agree")
        check("overview", BASE + "/", "document.querySelectorAll('.tile').length >= 8 && document.querySelectorAll('.chart path.line').length >= 4",
              "stat tiles and chart lines", tiles_agree_with_charts)

        def silent_failures():
            # The demo's mock model fails silently now and then: once a flagged answer is
            # in the window the tile links to its traces, whose rows show the flag.
            page.wait("document.querySelector('a.tile.silent') !== null", "a flagged answer in the window", timeout=90)
            page.eval("document.querySelector('a.tile.silent').click()")
            page.wait("location.pathname === '/traces' && location.search.includes('flag=') && "
                      "document.querySelectorAll('.traces-table tbody tr .badge.warn').length > 0", "flagged traces listed")
            page.screenshot("traces-silent-failures")
        check("silent-failures", BASE + "/", "document.querySelector('.tile.silent .tile-label').textContent === 'Silent failures'",
              "the silent failures tile", silent_failures)

        def hover_chart():
            # Hover near the right edge, where every chart has data however young the demo is.
            page.eval("""(() => { const o = document.querySelector('.chart .overlay'); const r = o.getBoundingClientRect();
              o.dispatchEvent(new MouseEvent('mousemove', {clientX: r.left + r.width * 0.97, clientY: r.top + 20, bubbles: true})); })()""")
            page.wait("!document.querySelector('.chart-tip').hidden && document.querySelector('.chart-tip').textContent.length > 5", "chart tooltip")
            page.screenshot("overview-tooltip")
        check("overview-24h", BASE + "/?window=24h", "document.querySelector('.seg [aria-pressed=\"true\"]').textContent === '24h' && document.querySelectorAll('.chart path.line').length >= 4",
              "24h window selected", hover_chart)
        check("traces", BASE + "/traces", "document.querySelectorAll('.traces-table tbody tr').length > 0", "trace rows")
        check("traces-filtered", BASE + "/traces?min_duration=4s&status=any",
              f"document.querySelector('input[name=min_duration]').value === '4s' && document.querySelector('[data-trace-id=\"{slow['trace_id']}\"]') !== null",
              "filter from the URL and the slow trace listed")

        def slow_checks():
            sid = step.get("span_id")
            if sid:
                cls = page.eval(f"document.querySelector('.wf-row[data-span-id=\"{sid}\"]').className")
                assert "crit" in cls and "slowest" in cls, f"slowest step row not marked critical: {cls}"
                banner = page.eval("document.querySelector('.banner.slow').textContent")
                assert step["name"] in banner and f"step {step['step']}" in banner, f"banner does not name the slow step: {banner}"
            crit = page.eval("document.querySelectorAll('.wf-row.crit').length")
            assert crit >= 1, "no span on the critical path"
            results["slow_trace"] = {"trace_id": slow["trace_id"], "slowest_step": step, "critical_rows": crit}
        check("trace-slow", f"{BASE}/traces/{slow['trace_id']}", f"document.querySelectorAll('.wf-row').length === {len(slow_doc['spans'])} && !!window.__glassboxRender",
              "every span of the slow trace", slow_checks)

        def payload_checks():
            # Open a span with an offloaded payload, when there is one, and load it.
            has = page.eval("""(() => { const b = [...document.querySelectorAll('.detail button')].find(x => x.textContent.startsWith('Load offloaded')); if (b) { b.click(); return true; } return false; })()""")
            if has:
                page.wait("document.querySelector('.detail .transcript, .detail pre.json') !== null", "offloaded payload rendered")
        payload_span = next((s for s in slow_doc["spans"] if str((s.get("attributes") or {}).get("glassbox.payload", "")).startswith("blob://")), None)
        if payload_span:
            check("trace-span-payload", f"{BASE}/traces/{slow['trace_id']}?span={payload_span['span_id']}", "document.querySelector('.detail h2') !== null", "span detail", payload_checks)
        genai_span = next((s for s in slow_doc["spans"] if (s.get("gen_ai") or {}).get("input_messages")), None)
        if genai_span:
            check("trace-span-chat", f"{BASE}/traces/{slow['trace_id']}?span={genai_span['span_id']}", "document.querySelectorAll('.detail .msg').length > 0", "chat transcript")

        def render_time():
            r = page.eval("window.__glassboxRender")
            results["big_trace"] = r
            assert r["spans"] == big["span_count"] or r["spans"] > 0
            if r["spans"] >= 1000:
                assert r["render_ms"] < 1000, f"{r['spans']} spans took {r['render_ms']} ms to render (budget 1000 ms)"
            print(f"      {r['spans']} spans rendered in {r['render_ms']} ms (DOM built in {r['build_ms']} ms)")
            # Zoom: drag across the minimap and check the view narrowed.
            page.eval("""(() => { const m = document.querySelector('.minimap'); const r = m.getBoundingClientRect();
              const ev = (t, x) => m.dispatchEvent(new PointerEvent(t, {clientX: r.left + r.width * x, clientY: r.top + 5, pointerId: 1, bubbles: true}));
              try { ev('pointerdown', 0.2); } catch (e) {} ev('pointermove', 0.4); ev('pointerup', 0.4); })()""")
            page.wait("!document.querySelector('.wf-tools button').hidden", "zoomed view")
        check("trace-big", f"{BASE}/traces/{big['trace_id']}", "!!window.__glassboxRender", "the largest trace", render_time)

        def compare_typical():
            # From the trace page's "Compare with typical" link to the comparison.
            page.eval("[...document.querySelectorAll('.compare-box a')].find(a => a.textContent === 'Compare with typical').click()")
            page.wait("location.pathname === '/compare' && document.querySelectorAll('.compare-table tbody tr').length > 0",
                      "the run against the typical run")
            page.screenshot("compare-typical")
        check("compare-typical", f"{BASE}/traces/{slow['trace_id']}", "document.querySelector('.compare-box a') !== null",
              "the compare links", compare_typical)
        check("compare-two", f"{BASE}/compare?a={slow['trace_id']}&b={big['trace_id']}",
              "document.querySelectorAll('.compare-table tbody tr').length > 0 && document.querySelector('.fork-callout, .callout') !== null",
              "two runs side by side")

        def expand_log():
            page.eval("document.querySelector('.log-row summary').click()")
            page.wait("document.querySelector('.log-row[open] pre.json') !== null", "expanded JSON")
        check("logs", BASE + "/logs", "document.querySelectorAll('.log-row').length > 0", "log records", expand_log)
        check("traces-search", BASE + "/traces?q=gpt*",
              "document.querySelector('input[name=q]').value === 'gpt*' && document.querySelectorAll('.traces-table tbody tr').length > 0",
              "traces found by full-text search")

        # A trace users gave feedback on shows it, up or down, with the comment when there is one.
        rated = get_json("/api/traces?feedback=any&limit=1")["traces"]
        if rated:
            check("trace-feedback", f"{BASE}/traces/{rated[0]['trace_id']}",
                  "document.querySelector('.banner.feedback .fb-up, .banner.feedback .fb-down') !== null", "the feedback banner")
        else:
            failures.append("trace-feedback: the demo gave no feedback on any trace")

        def export_traces():
            # The export button streams every trace the filters match and saves the file.
            page.eval("document.querySelector('.export-format').value = 'csv'; document.querySelector('.export-button').click()")
            page.wait("/glassbox-traces-\\d+\\.csv \\(/.test(document.querySelector('.export [role=status]').textContent)", "the export saved")
            page.screenshot("traces-export")
        check("traces-export", BASE + "/traces?status=error", "document.querySelectorAll('.traces-table tbody tr').length > 0", "error traces", export_traces)

        def open_session():
            # From the sessions list to one session: its turns on one time axis.
            page.eval("document.querySelector('.sessions-table tbody tr a').click()")
            page.wait("location.pathname.startsWith('/sessions/') && document.querySelectorAll('.session-turns tbody tr').length > 0 "
                      "&& document.querySelector('.turn-bar') !== null", "a session's turns")
            page.screenshot("session")
        check("sessions", BASE + "/sessions", "document.querySelectorAll('.sessions-table tbody tr').length > 0 && "
              "/length median/.test(document.querySelector('.session-window-stats').textContent)", "session rows and their length", open_session)
        def open_topic():
            # From a topic to its calls: the traces list filtered by the topic id.
            page.screenshot("topics-list")
            topic = page.eval("document.querySelector('.topics-table tbody tr').dataset.topic")
            page.eval("document.querySelector('.topics-table tbody tr a[href^=\"/traces\"]').click()")
            page.wait(f"location.pathname === '/traces' && new URLSearchParams(location.search).get('topic') === {json.dumps(topic)} "
                      "&& document.querySelectorAll('.traces-table tbody tr').length > 0", "the calls of a topic")
            page.screenshot("topic-calls")
        check("topics", BASE + "/topics", "document.querySelectorAll('.topics-table tbody tr').length >= 3 && "
              "document.querySelector('.topics-table svg.sparkline path.spark-line') !== null && "
              "/^T-[0-9a-f]{8}$/.test(document.querySelector('.topics-table tbody tr').dataset.topic)",
              "topic rows with trends", open_topic)
        check("investigate", f"{BASE}/investigate/{urllib.parse.quote(corr)}",
              "document.querySelectorAll('.timeline .tl-item').length > 0 && document.querySelector('.timeline a[href^=\"/traces/\"]') !== null "
              "&& document.querySelectorAll('.thread .hop').length === 6 && document.querySelector('.thread .hop.seen') !== null",
              f"timeline and thread for correlation id {corr}")

        def topbar_investigate():
            page.eval(f"""(() => {{ const i = document.getElementById('investigate-input'); i.value = {json.dumps(corr)};
              document.getElementById('investigate-form').requestSubmit(); }})()""")
            page.wait(f"location.pathname === '/investigate/{urllib.parse.quote(corr)}' && document.querySelectorAll('.timeline .tl-item').length > 0", "investigate from the top bar")
        check("investigate-topbar", BASE + "/traces", "document.querySelectorAll('.traces-table tbody tr').length > 0", "traces first", topbar_investigate)
        check("investigate-notfound", BASE + "/investigate/no-such-id-0000", "document.body.textContent.includes('Nothing found for')", "a helpful not-found")
        page.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark"}])
        check("trace-slow-dark", f"{BASE}/traces/{slow['trace_id']}", "!!window.__glassboxRender", "the slow trace in the dark theme")
        check("overview-dark", BASE + "/", "document.querySelectorAll('.chart path.line').length >= 4", "overview in the dark theme")
        page.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "light"}])
        check("privacy", BASE + "/privacy", "document.querySelector('.page h1') && (document.querySelector('.policy') || document.querySelector('.callout'))", "policy or a graceful notice")
        if TOKEN:
            try:
                sign_out(page)
            except Exception as e:
                failures.append(f"sign-out: {e}")
                print(f"FAIL  sign-out\n      {e}")
    with open(os.path.join(OUT, "results.json"), "w") as f:
        json.dump({"base": BASE, "failures": failures, **results}, f, indent=1)
    if failures:
        print(f"\n{len(failures)} failure(s)")
        sys.exit(1)
    print(f"\nall pages ok; screenshots in {OUT}")


main()
