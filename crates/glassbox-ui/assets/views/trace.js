// Trace detail: GET /api/traces/{id} drawn as a waterfall. Rows are built in one pass
// into a DocumentFragment; zooming only rewrites bar positions (no layout reads per row).
// The critical path, the slowest step and the path to every error are marked; a clicked
// span opens a detail panel (GenAI fields, redacted chat transcript, attributes, events,
// offloaded payloads fetched from /api/blobs/{sha256} on demand).

import { h, s, clear, errorBox, fmtDuration, fmtTime, fmtNum, fmtBytes, link, mono, attrText, jsonBlock, copyButton } from '../util.js';
import { api, apiText } from '../api.js';
import { niceTicks } from '../chart.js';

export async function render(root, { params, query }) {
  const traceId = params[0];
  const page = h('section', { class: 'page trace-page' });
  root.append(page);
  let doc;
  try {
    doc = await api('/api/traces/' + encodeURIComponent(traceId));
  } catch (e) {
    page.append(h('h1', null, 'Trace'), errorBox(e, e.status === 404
      ? h('span', null, 'It may be older than the retention window, or still being written. ', link('/investigate/' + encodeURIComponent(traceId), 'Investigate this id'), ' or ', link('/traces', 'browse recent traces'), '.')
      : null));
    return;
  }
  const t0 = performance.now();
  const view = buildView(page, doc, query.get('span'));
  const builtMs = performance.now() - t0;
  // Paint time: the next frame after the DOM is in place.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const paintMs = performance.now() - t0;
  const stats = { trace_id: doc.trace_id, spans: doc.spans.length, build_ms: Math.round(builtMs * 10) / 10, render_ms: Math.round(paintMs * 10) / 10 };
  window.__glassboxRender = stats;
  page.dataset.renderMs = String(stats.render_ms);
  view.footer.textContent = `${doc.spans.length} spans drawn in ${stats.render_ms} ms`;
  return view.cleanup;
}

function buildView(page, doc, selectedId) {
  const spans = doc.spans || [];
  const byId = new Map(spans.map((sp) => [sp.span_id, sp]));
  const children = new Map();
  const roots = [];
  for (const sp of spans) {
    const p = sp.parent_span_id && byId.has(sp.parent_span_id) && sp.parent_span_id !== sp.span_id ? sp.parent_span_id : null;
    if (p) { if (!children.has(p)) children.set(p, []); children.get(p).push(sp); } else roots.push(sp);
  }
  const byStart = (a, b) => a.start_time_unix_nano - b.start_time_unix_nano;
  roots.sort(byStart);
  for (const c of children.values()) c.sort(byStart);
  // Depth-first order (iterative: deep traces must not blow the stack).
  const order = [];
  const stack = roots.slice().reverse().map((sp) => [sp, 0]);
  while (stack.length) {
    const [sp, d] = stack.pop();
    order.push({ sp, depth: sp.depth ?? d });
    const c = children.get(sp.span_id);
    if (c) for (let i = c.length - 1; i >= 0; i--) stack.push([c[i], d + 1]);
  }
  const start = Math.min(...spans.map((sp) => Number(sp.start_time_unix_nano)));
  const end = Math.max(...spans.map((sp) => Number(sp.end_time_unix_nano)));
  const total = Math.max(1, end - start);
  const errSpans = new Set((doc.errors && doc.errors.spans) || spans.filter((sp) => sp.status && sp.status.code === 'error').map((sp) => sp.span_id));
  const errAncestors = new Set((doc.errors && doc.errors.ancestors) || spans.filter((sp) => sp.error_below).map((sp) => sp.span_id));
  const critical = new Set(doc.critical_path || spans.filter((sp) => sp.on_critical_path).map((sp) => sp.span_id));
  const slow = doc.slowest_step;
  const root = roots[0];

  // Header.
  const services = doc.services || [...new Set(spans.map((sp) => sp.service))];
  const corr = root && root.correlation_id;
  page.append(h('div', { class: 'page-head' },
    h('div', null,
      h('h1', null, root ? root.name : 'Trace'),
      h('div', { class: 'meta' },
        h('span', null, 'trace ', mono(doc.trace_id), ' ', copyButton(location.href, 'Copy link')),
        h('span', null, fmtTime(start)),
        h('span', null, h('strong', null, fmtDuration(total))),
        h('span', null, `${fmtNum(spans.length)} spans`),
        h('span', null, services.join(', ')),
        corr ? h('span', null, 'correlation ', link('/investigate/' + encodeURIComponent(corr), mono(corr))) : null,
        root && root.user_id ? h('span', null, 'user ', link('/investigate/' + encodeURIComponent(root.user_id), mono(root.user_id))) : null,
        h('span', null, link('/logs?trace_id=' + doc.trace_id, 'Logs of this trace')))),
    compareBox(doc.trace_id)));

  // Banners: slowest step, errors.
  const banners = h('div', { class: 'banners' });
  page.append(banners);
  if (slow && slow.span_id) {
    const sp = byId.get(slow.span_id);
    const label = sp ? spanLabel(sp) : slow.name;
    banners.append(h('button', { type: 'button', class: 'banner slow', dataset: { spanId: slow.span_id }, onclick: () => select(slow.span_id, true) },
      h('span', { class: 'banner-tag' }, 'Slowest step'),
      h('span', null, `step ${slow.step || '?'}, `, h('code', null, label), `, added ${fmtDuration(slow.critical_time_ns ?? slow.duration_ns)}`,
        h('span', { class: 'muted' }, ` to the critical path (${Math.round(((slow.critical_time_ns ?? 0) / total) * 100)}% of ${fmtDuration(total)})`))));
  }
  if (errSpans.size) {
    const first = spans.find((sp) => errSpans.has(sp.span_id));
    banners.append(h('button', { type: 'button', class: 'banner err', onclick: () => select(first.span_id, true) },
      h('span', { class: 'banner-tag' }, `${errSpans.size} error${errSpans.size > 1 ? 's' : ''}`),
      h('span', null, h('code', null, spanLabel(first)), first.status && first.status.message ? `: ${first.status.message}` : '')));
  }

  // Feedback users gave on this trace (by its id, or by its correlation id), with comments.
  feedbackBanner(banners, doc.trace_id, root && root.correlation_id);

  // Layout: waterfall | detail panel.
  const wf = h('div', { class: 'waterfall', tabindex: '0', 'aria-label': 'waterfall; arrow keys move between spans' });
  const detail = h('aside', { class: 'detail', 'aria-label': 'span detail' }, h('p', { class: 'muted' }, 'Select a span to see its details.'));
  const footer = h('div', { class: 'muted small pad-top' });
  const zoomInfo = h('span', { class: 'muted small' });
  const resetZoom = h('button', { type: 'button', class: 'small', hidden: true, onclick: () => setView(0, total) }, 'Reset zoom');
  page.append(h('div', { class: 'trace-layout' }, h('div', { class: 'wf-col card' },
    h('div', { class: 'wf-tools' }, h('span', { class: 'legend-item' }, h('span', { class: 'swatch crit' }), 'critical path'),
      h('span', { class: 'legend-item' }, h('span', { class: 'swatch plain' }), 'other spans'),
      h('span', { class: 'legend-item' }, h('span', { class: 'swatch err' }), 'error'),
      h('span', { class: 'muted small' }, 'drag on the minimap or time axis to zoom'), zoomInfo, resetZoom),
    wf, footer), detail));

  // Minimap: one thin rect per span, plus a brush.
  const MM_H = 40;
  const rowH = Math.max(1, Math.min(4, MM_H / Math.max(1, order.length)));
  const minimap = s('svg', { class: 'minimap', viewBox: `0 0 1000 ${MM_H}`, preserveAspectRatio: 'none' });
  const mmFrag = document.createDocumentFragment();
  order.forEach(({ sp }, i) => {
    const x = ((sp.start_time_unix_nano - start) / total) * 1000;
    const w = Math.max(0.5, ((sp.end_time_unix_nano - sp.start_time_unix_nano) / total) * 1000);
    const cls = errSpans.has(sp.span_id) ? 'mm err' : critical.has(sp.span_id) ? 'mm crit' : 'mm';
    mmFrag.append(s('rect', { class: cls, x: x.toFixed(2), y: ((i * (MM_H - rowH)) / Math.max(1, order.length - 1) || 0).toFixed(2), width: w.toFixed(2), height: rowH }));
  });
  const brush = s('rect', { class: 'brush', x: 0, y: 0, width: 1000, height: MM_H });
  mmFrag.append(brush);
  minimap.append(mmFrag);
  const axis = h('div', { class: 'wf-axis' });
  const head = h('div', { class: 'wf-head' }, h('div', { class: 'wf-name-head' }, 'Span', h('span', { class: 'muted' }, ' · self time')), h('div', { class: 'wf-time-head' }, minimap, axis));

  // Rows, in one pass.
  const rows = new Map();
  const bars = [];
  const frag = document.createDocumentFragment();
  for (const { sp, depth } of order) {
    const id = sp.span_id;
    const isErr = errSpans.has(id);
    const cls = ['wf-row', critical.has(id) ? 'crit' : '', isErr ? 'err' : '', errAncestors.has(id) ? 'err-below' : '', slow && slow.span_id === id ? 'slowest' : ''].join(' ');
    const hasKids = children.has(id);
    const name = h('div', { class: 'wf-name' }, hasKids ? h('button', { type: 'button', class: 'twisty', 'aria-expanded': 'true', 'aria-label': 'collapse', dataset: { toggle: id } }, '▾') : h('span', { class: 'twisty-pad' }),
      isErr ? h('span', { class: 'err-dot', title: 'error' }, '!') : errAncestors.has(id) ? h('span', { class: 'err-ring', title: 'an error happened below' }, '•') : null,
      h('span', { class: 'wf-label' }, spanLabel(sp)),
      sp.gen_ai && (sp.gen_ai.request_model || sp.gen_ai.response_model) ? h('span', { class: 'chip' }, sp.gen_ai.response_model || sp.gen_ai.request_model) : null,
      ...answerFlags(sp).map((f) => h('span', { class: 'badge warn answer-flag', title: 'the answer came back 200 OK but a check flagged it' }, f.replace(/_/g, ' '))),
      h('span', { class: 'wf-self muted' }, fmtDuration(sp.self_time_ns ?? 0)));
    name.style.paddingLeft = `${6 + depth * 14}px`;
    const bar = h('div', { class: 'wf-bar' });
    const label = h('span', { class: 'wf-dur' }, fmtDuration(sp.end_time_unix_nano - sp.start_time_unix_nano));
    const track = h('div', { class: 'wf-track' }, bar, label);
    const row = h('div', { class: cls, role: 'row', dataset: { spanId: id }, title: `${sp.name}\nduration ${fmtDuration(sp.duration_ns ?? sp.end_time_unix_nano - sp.start_time_unix_nano)} · self ${fmtDuration(sp.self_time_ns ?? 0)}${critical.has(id) ? ' · on the critical path' : ''}` }, name, track);
    rows.set(id, row);
    bars.push({ bar, label, a: sp.start_time_unix_nano - start, b: sp.end_time_unix_nano - start });
    frag.append(row);
  }
  wf.append(head, frag);

  // Zoom.
  let v0 = 0;
  let v1 = total;
  function setView(a, b) {
    v0 = Math.max(0, Math.min(a, b));
    v1 = Math.min(total, Math.max(a, b));
    if (v1 - v0 < total / 10000) v1 = v0 + total / 10000;
    const span = v1 - v0;
    for (const x of bars) {
      const left = ((x.a - v0) / span) * 100;
      const right = ((x.b - v0) / span) * 100;
      const l = Math.max(0, Math.min(100, left));
      const r = Math.max(0, Math.min(100, right));
      const out = right < 0 || left > 100;
      x.bar.style.left = `${l}%`;
      x.bar.style.width = out ? '0' : `max(2px, ${r - l}%)`;
      // Duration label: after the bar, else before it, else inside it.
      const where = r <= 78 ? 'after' : l >= 22 ? 'before' : 'inside';
      x.label.style.left = where === 'after' ? `calc(${r}% + 4px)` : where === 'inside' ? `calc(${l}% + 4px)` : '';
      x.label.style.right = where === 'before' ? `calc(${100 - l}% + 4px)` : '';
      x.label.classList.toggle('inside', where === 'inside');
    }
    brush.setAttribute('x', ((v0 / total) * 1000).toFixed(2));
    brush.setAttribute('width', Math.max(1, ((v1 - v0) / total) * 1000).toFixed(2));
    clear(axis);
    const ticks = niceTicks(v0, v1, 6).filter((t) => t >= v0 && t <= v1);
    const af = document.createDocumentFragment();
    for (const t of ticks) {
      const tick = h('span', { class: 'wf-tick' }, fmtDuration(t));
      tick.style.left = `${((t - v0) / span) * 100}%`;
      af.append(tick);
    }
    axis.append(af);
    const zoomed = v0 > 0 || v1 < total;
    resetZoom.hidden = !zoomed;
    zoomInfo.textContent = zoomed ? `showing ${fmtDuration(v0)} – ${fmtDuration(v1)}` : '';
  }
  setView(0, total);

  // Drag to zoom on the minimap (whole trace) or the axis (current view).
  function dragZoom(el, toTime) {
    let from = null;
    const sel = h('div', { class: 'drag-sel', hidden: true });
    el.parentElement.append(sel);
    el.addEventListener('pointerdown', (ev) => {
      ev.preventDefault();
      el.setPointerCapture(ev.pointerId);
      from = ev.clientX;
    });
    el.addEventListener('pointermove', (ev) => {
      if (from === null) return;
      const box = el.getBoundingClientRect();
      const pbox = el.parentElement.getBoundingClientRect();
      sel.hidden = false;
      sel.style.left = `${Math.min(from, ev.clientX) - pbox.left}px`;
      sel.style.width = `${Math.abs(ev.clientX - from)}px`;
      sel.style.top = `${box.top - pbox.top}px`;
      sel.style.height = `${box.height}px`;
    });
    el.addEventListener('pointerup', (ev) => {
      if (from === null) return;
      const box = el.getBoundingClientRect();
      const f = (x) => Math.max(0, Math.min(1, (x - box.left) / box.width));
      const a = f(from);
      const b = f(ev.clientX);
      from = null;
      sel.hidden = true;
      if (Math.abs(b - a) > 0.005) setView(toTime(Math.min(a, b)), toTime(Math.max(a, b)));
    });
  }
  dragZoom(minimap, (f) => f * total);
  dragZoom(axis, (f) => v0 + f * (v1 - v0));

  // Collapse / expand a subtree.
  const collapsed = new Set();
  function refreshHidden() {
    const hidden = new Set();
    for (const { sp } of order) {
      const p = sp.parent_span_id;
      if (p && (collapsed.has(p) || hidden.has(p)) && byId.has(p)) hidden.add(sp.span_id);
    }
    for (const [id, row] of rows) row.hidden = hidden.has(id);
  }

  // Selection.
  let selected = null;
  function select(id, scroll) {
    const sp = byId.get(id);
    if (!sp) return;
    if (selected) rows.get(selected)?.classList.remove('selected');
    selected = id;
    const row = rows.get(id);
    row.classList.add('selected');
    if (scroll) row.scrollIntoView({ block: 'nearest' });
    const url = new URL(location.href);
    url.searchParams.set('span', id);
    history.replaceState(null, '', url);
    clear(detail).append(spanDetail(sp, start, critical.has(id), errSpans.has(id), errAncestors.has(id)));
  }
  wf.addEventListener('click', (ev) => {
    const t = ev.target.closest('[data-toggle]');
    if (t) {
      const id = t.dataset.toggle;
      if (collapsed.has(id)) collapsed.delete(id); else collapsed.add(id);
      t.textContent = collapsed.has(id) ? '▸' : '▾';
      t.setAttribute('aria-expanded', String(!collapsed.has(id)));
      refreshHidden();
      return;
    }
    const row = ev.target.closest('.wf-row');
    if (row) select(row.dataset.spanId, false);
  });
  wf.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    ev.preventDefault();
    const visible = order.filter(({ sp }) => !rows.get(sp.span_id).hidden);
    const i = visible.findIndex(({ sp }) => sp.span_id === selected);
    const next = visible[Math.max(0, Math.min(visible.length - 1, i + (ev.key === 'ArrowDown' ? 1 : -1)))];
    if (next) select(next.sp.span_id, true);
  });
  const initial = selectedId && byId.has(selectedId) ? selectedId : slow && slow.span_id && byId.has(slow.span_id) ? slow.span_id : root && root.span_id;
  if (initial) select(initial, !!selectedId);

  return { footer, cleanup: null };
}

/** `execute_tool search_flights`, `chat gpt-4o`, or the span name. */
function spanLabel(sp) {
  return sp.name || '(unnamed)';
}

function kv(rows) {
  return h('table', { class: 'kv' }, h('tbody', null, rows.filter((r) => r && r[1] !== undefined && r[1] !== null && r[1] !== '').map(([k, v]) =>
    h('tr', null, h('th', null, k), h('td', null, v instanceof Node ? v : String(v))))));
}

function spanDetail(sp, traceStart, onCritical, isErr, errBelow) {
  const g = sp.gen_ai || {};
  const dur = sp.end_time_unix_nano - sp.start_time_unix_nano;
  const el = h('div', { class: 'detail-inner' });
  el.append(h('h2', null, sp.name),
    h('div', { class: 'meta' }, mono(sp.span_id), sp.kind ? h('span', { class: 'chip' }, sp.kind) : null,
      onCritical ? h('span', { class: 'chip crit' }, 'critical path') : null,
      isErr ? h('span', { class: 'chip err' }, 'error') : errBelow ? h('span', { class: 'chip err-soft' }, 'error below') : null));
  if (sp.status && sp.status.code === 'error') el.append(h('div', { class: 'callout error' }, h('strong', null, 'Status: error'), sp.status.message ? ` — ${sp.status.message}` : ''));
  const flags = answerFlags(sp);
  if (flags.length) el.append(h('div', { class: 'callout warn' }, h('strong', null, 'Silent failure: '), flags.map((f) => f.replace(/_/g, ' ')).join(', '),
    ' — the call returned 200 OK, but the answer ', flags.length > 1 ? 'failed these checks.' : 'failed this check.'));
  el.append(section('Timing', kv([
    ['duration', fmtDuration(dur)],
    ['self time', fmtDuration(sp.self_time_ns ?? 0)],
    ['on critical path', onCritical ? fmtDuration(sp.critical_time_ns ?? 0) : 'no'],
    ['starts at', `+${fmtDuration(sp.start_time_unix_nano - traceStart)}`],
    ['started', fmtTime(sp.start_time_unix_nano)],
  ])));
  if (Object.keys(g).length) {
    el.append(section('GenAI', kv([
      ['operation', g.operation],
      ['provider', g.provider],
      ['model', g.request_model && g.response_model && g.request_model !== g.response_model ? `${g.request_model} → ${g.response_model}` : (g.response_model || g.request_model)],
      ['agent', g.agent_name],
      ['tool', g.tool_name],
      ['tool call id', g.tool_call_id],
      ['temperature', g.temperature],
      ['top_p', g.top_p],
      ['max tokens', g.max_tokens],
      ['tokens in / out', g.input_tokens !== undefined || g.output_tokens !== undefined ? `${fmtNum(g.input_tokens ?? 0)} / ${fmtNum(g.output_tokens ?? 0)}` : undefined],
      ['cached input tokens', g.cached_input_tokens],
      ['reasoning tokens', g.reasoning_tokens],
      ['time to first token', g.time_to_first_token_ns !== undefined ? fmtDuration(g.time_to_first_token_ns) : attrNs(sp.attributes, 'gen_ai.time_to_first_token_ns')],
      ['finish reasons', (g.finish_reasons || []).join(', ')],
      ['conversation', g.conversation_id],
      ['prompt hash', g.prompt_hash ? mono(g.prompt_hash) : undefined],
      ['response id', g.response_id],
    ])));
  }
  const attrs = sp.attributes || {};
  const sys = g.system_instructions ?? parseMaybe(attrs['gen_ai.system_instructions']);
  const input = g.input_messages ?? parseMaybe(attrs['gen_ai.input.messages'] ?? attrs['gen_ai.input_messages']);
  const output = g.output_messages ?? parseMaybe(attrs['gen_ai.output.messages'] ?? attrs['gen_ai.output_messages']);
  if (sys || input || output) el.append(section('Messages (redacted)', transcript(sys, input, output)));
  const payload = g.payload_ref || attrs['glassbox.payload'];
  if (payload) el.append(section('Payload', payloadBox(payload, attrs['glassbox.payload.size'], sp.trace_id)));
  const ids = [['service', sp.service], ['correlation id', sp.correlation_id ? link('/investigate/' + encodeURIComponent(sp.correlation_id), mono(sp.correlation_id)) : undefined],
    ['user', sp.user_id ? link('/investigate/' + encodeURIComponent(sp.user_id), mono(sp.user_id)) : undefined],
    ['session', sp.session_id ? link('/investigate/' + encodeURIComponent(sp.session_id), mono(sp.session_id)) : undefined],
    ['parent', sp.parent_span_id ? mono(sp.parent_span_id) : 'root'], ['scope', sp.scope_name]];
  el.append(section('Identity', kv(ids)));
  const keys = Object.keys(attrs).sort();
  if (keys.length) el.append(section(`Attributes (${keys.length})`, kv(keys.map((k) => [k, h('span', { class: 'mono-val' }, attrText(attrs[k]))]))));
  const events = sp.events || [];
  if (events.length) {
    el.append(section(`Events (${events.length})`, h('ol', { class: 'events' }, events.map((ev) => h('li', { class: ev.name === 'exception' ? 'ev-exc' : '' },
      h('div', null, h('strong', null, ev.name), h('span', { class: 'muted' }, ` +${fmtDuration(ev.time_unix_nano - sp.start_time_unix_nano)}`)),
      Object.keys(ev.attributes || {}).length ? kv(Object.keys(ev.attributes).sort().map((k) => [k, h('span', { class: 'mono-val' }, attrText(ev.attributes[k]))])) : null)))));
  }
  const res = sp.resource || {};
  if (Object.keys(res).length) {
    const d = h('details', null, h('summary', null, `Resource (${Object.keys(res).length})`), kv(Object.keys(res).sort().map((k) => [k, h('span', { class: 'mono-val' }, attrText(res[k]))])));
    el.append(d);
  }
  return el;
}

function attrNs(attrs, key) {
  const v = attrs && attrs[key];
  return v === undefined ? undefined : fmtDuration(v);
}

function section(title, body) {
  return h('section', { class: 'detail-section' }, h('h3', null, title), body);
}

function parseMaybe(v) {
  if (typeof v !== 'string') return v;
  try { return JSON.parse(v); } catch { return v; }
}

/** Semconv messages (`[{role, parts: [{type, content}]}]`, or `{role, content}`) as a chat transcript. */
export function transcript(system, input, output) {
  const box = h('div', { class: 'transcript' });
  const add = (role, parts, cls) => box.append(h('div', { class: `msg ${cls || ''} role-${String(role || '').replace(/[^a-z_]/gi, '')}` },
    h('div', { class: 'msg-role' }, role || 'message'), h('div', { class: 'msg-body' }, parts)));
  if (system) add('system', renderParts(Array.isArray(system) ? system : [system]), 'sys');
  for (const m of asList(input)) add(m.role, renderParts(messageParts(m)));
  for (const m of asList(output)) add(m.role || 'assistant', [renderParts(messageParts(m)), m.finish_reason ? h('div', { class: 'muted small' }, `finish: ${m.finish_reason}`) : null], 'out');
  return box;
}

function asList(v) {
  if (!v) return [];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [{ role: 'text', parts: [{ type: 'text', content: v }] }];
  return [v];
}

function messageParts(m) {
  if (!m || typeof m !== 'object') return [{ type: 'text', content: String(m) }];
  if (Array.isArray(m.parts)) return m.parts;
  if (m.content !== undefined) return Array.isArray(m.content) ? m.content : [{ type: 'text', content: m.content }];
  return [{ type: 'json', content: m }];
}

async function feedbackBanner(banners, traceId, correlationId) {
  try {
    const pages = await Promise.all([
      api('/api/events?name=feedback&limit=20&trace_id=' + traceId),
      correlationId ? api('/api/events?name=feedback&limit=20&correlation_id=' + encodeURIComponent(correlationId)) : { events: [] },
    ]);
    const seen = new Set();
    const events = pages.flatMap((p) => p.events || [])
      .filter((e) => (!e.trace_id || e.trace_id === traceId) && !seen.has(e.id) && seen.add(e.id))
      .sort((a, b) => a.time_unix_nano - b.time_unix_nano);
    for (const e of events) {
      const thumbs = e.properties && e.properties['feedback.type'] === 'thumbs';
      const what = thumbs ? (e.value === 1 ? '↑ thumbs up' : '↓ thumbs down') : `score ${e.value}`;
      banners.append(h('div', { class: 'banner feedback' + (thumbs && e.value === 0 ? ' neg' : '') },
        h('span', { class: 'banner-tag' }, 'Feedback'),
        h('span', { class: thumbs ? (e.value === 1 ? 'fb-up' : 'fb-down') : '' }, what),
        e.comment ? h('q', { class: 'fb-comment' }, e.comment) : '',
        h('span', { class: 'muted small' }, ' ' + fmtTime(e.time_unix_nano))));
    }
  } catch {
    // Feedback is a complement to the trace: a failure to load it must not break the page.
  }
}

function renderParts(parts) {
  return parts.map((p) => {
    if (typeof p === 'string') return h('div', { class: 'part' }, p);
    if (p.type === 'text' || p.type === 'reasoning') return h('div', { class: 'part ' + p.type }, typeof p.content === 'string' ? p.content : (p.text ?? JSON.stringify(p.content)));
    if (p.type === 'tool_call') return h('div', { class: 'part tool' }, h('span', { class: 'muted' }, 'calls tool '), h('code', null, p.name || '?'), p.arguments !== undefined ? jsonBlock(parseMaybe(p.arguments)) : null);
    if (p.type === 'tool_call_response') return h('div', { class: 'part tool' }, h('span', { class: 'muted' }, 'tool result'), jsonBlock(parseMaybe(p.response ?? p.result)));
    return jsonBlock(p);
  });
}

function payloadBox(ref, size, traceId) {
  if (ref === 'not_sampled') return h('p', { class: 'muted' }, 'The message bodies of this trace were not sampled: only metrics and metadata were kept. Errors, slow calls, safety blocks and negative feedback always keep theirs.');
  const m = /^blob:\/\/sha256\/([0-9a-f]{64})$/.exec(String(ref));
  if (!m) return kv([['payload', String(ref)]]);
  const out = h('div');
  const btn = h('button', { type: 'button' }, `Load offloaded payload${size ? ` (${fmtBytes(size)})` : ''}`);
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    try {
      const text = await apiText('/api/blobs/' + m[1] + (traceId ? '?trace_id=' + encodeURIComponent(traceId) : ''));
      let v;
      try { v = JSON.parse(text); } catch { v = null; }
      clear(out);
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const sys = v['gen_ai.system_instructions'];
        const inp = v['gen_ai.input_messages'] ?? v['gen_ai.input.messages'];
        const outp = v['gen_ai.output_messages'] ?? v['gen_ai.output.messages'];
        if (sys || inp || outp) out.append(transcript(sys, parseMaybe(inp), parseMaybe(outp)));
        const rest = Object.fromEntries(Object.entries(v).filter(([k]) => !/^gen_ai\.(system_instructions|input[._]messages|output[._]messages)$/.test(k)));
        if (Object.keys(rest).length) out.append(jsonBlock(rest));
      } else out.append(v !== null ? jsonBlock(v) : h('pre', { class: 'json' }, text));
      btn.remove();
    } catch (e) {
      btn.disabled = false;
      btn.textContent = 'Retry loading payload';
      clear(out).append(errorBox(e));
    }
  });
  return h('div', null, h('div', { class: 'muted small' }, 'Stored in the blob store as ', mono(ref)), btn, out);
}

/** Answer-health flags of a span (`glassbox.answer.flags`). */
function answerFlags(sp) {
  const v = sp.attributes && sp.attributes['glassbox.answer.flags'];
  return Array.isArray(v) ? v.filter((f) => typeof f === 'string') : [];
}

/** "Compare with typical" (good runs of the same entry point) and "Compare with…" a trace. */
function compareBox(id) {
  const input = h('input', { name: 'b', placeholder: 'trace id or 8+ hex digits', spellcheck: 'false', autocomplete: 'off', 'aria-label': 'trace to compare with' });
  const form = h('form', { class: 'compare-box' },
    link('/compare?a=' + id, 'Compare with typical'), input, h('button', { type: 'submit' }, 'Compare with…'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const b = input.value.trim();
    if (b) window.history.pushState(null, '', `/compare?a=${id}&b=${encodeURIComponent(b)}`), window.dispatchEvent(new PopStateEvent('popstate'));
  });
  return form;
}
