// Investigate: one timeline from GET /api/investigate/{id} of everything linked to a
// correlation, trace, user or session id: spans grouped by trace, logs, feedback and
// business events, with links into the waterfall.

import { h, errorBox, fmtDuration, fmtTime, fmtNum, link, mono, attrText } from '../util.js';
import { api } from '../api.js';
import { logRow } from './logs.js';

export async function render(root, { params, navigate }) {
  const id = (params[0] || '').trim();
  const input = h('input', { name: 'id', value: id, placeholder: 'correlation id, trace id, user id or session id', spellcheck: 'false', autocomplete: 'off', 'aria-label': 'id to investigate' });
  const form = h('form', { class: 'filters inline', role: 'search' }, h('label', { class: 'wide' }, input), h('button', { type: 'submit', class: 'primary' }, 'Investigate'));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); if (input.value.trim()) navigate('/investigate/' + encodeURIComponent(input.value.trim())); });
  const page = h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Investigate')), form);
  root.append(page);
  const top = document.getElementById('investigate-input');
  if (top) top.value = id;
  if (!id) {
    page.append(h('div', { class: 'callout' }, 'Paste any id glassbox has seen: the ', h('code', null, 'x-request-id'), ' your app got back from the gateway, a trace id, a user id (raw or pseudonymized) or a session id. Press ', h('kbd', null, '/'), ' anywhere to jump to the box.'));
    return;
  }
  let inv;
  try {
    inv = await api('/api/investigate/' + encodeURIComponent(id));
  } catch (e) {
    if (e.status === 404) {
      page.append(h('div', { class: 'callout' }, h('h2', null, 'Nothing found for ', mono(id)),
        h('p', null, e.message),
        h('ul', null,
          h('li', null, 'Check the id for typos; trace ids are 32 hex characters.'),
          h('li', null, 'Correlation ids are returned to your app in the ', h('code', null, 'x-request-id'), ' header; they also appear in the ', link('/traces', 'traces list'), '.'),
          h('li', null, 'Data older than the retention window is gone; very recent data may still be in flight (a second or two).'))));
    } else page.append(errorBox(e));
    return;
  }
  const timeline = inv.timeline || [];
  const tracesById = new Map((inv.traces || []).map((t) => [t.trace_id, t]));
  const first = timeline.length ? timeline[0].time_unix_nano : 0;
  const counts = { span: 0, log: 0, event: 0 };
  for (const e of timeline) counts[e.type] = (counts[e.type] || 0) + 1;
  page.append(h('div', { class: 'meta' },
    h('span', null, mono(inv.id), ' matched as ', (inv.matched_as || []).map((m) => h('span', { class: 'chip' }, m.replace('_', ' ')))),
    h('span', null, `${tracesById.size} trace${tracesById.size === 1 ? '' : 's'}, ${counts.span} spans, ${counts.log} logs, ${counts.event} events`),
    first ? h('span', null, fmtTime(first)) : null,
    inv.truncated ? h('span', { class: 'badge warn' }, 'truncated: showing the first entries') : null));

  // The thread: which hops of the interaction glassbox saw, and what to do about the others.
  if (inv.thread) {
    const missing = new Map((inv.thread.missing || []).map((m) => [m.hop, m.hint]));
    page.append(h('div', { class: 'thread', 'aria-label': 'the hops of this interaction' },
      (inv.thread.hops || []).flatMap((x, i) => [
        i ? h('span', { class: 'hop-arrow', 'aria-hidden': 'true' }, '→') : '',
        h('span', { class: 'hop' + (x.count ? ' seen' : ' missing'), title: missing.get(x.hop) || `${x.count} ${x.hop === 'analytics' || x.hop === 'feedback' ? 'events' : 'spans'}` },
          x.hop, ' ', h('strong', null, x.count ? String(x.count) : '–'))])),
    missing.size ? h('ul', { class: 'thread-hints muted small' }, [...missing.values()].map((hint) => h('li', null, hint))) : '');
  }

  if (tracesById.size) {
    page.append(h('div', { class: 'trace-cards' }, [...tracesById.values()].map((t) => h('a', { class: 'card trace-card' + (t.error ? ' err' : ''), href: '/traces/' + t.trace_id, 'data-link': true },
      h('div', null, h('strong', null, t.root_name), ' ', h('span', { class: 'muted' }, t.service)),
      h('div', { class: 'muted small' }, mono(t.trace_id)),
      h('div', { class: 'small' }, fmtDuration(t.duration_ns), ` · ${fmtNum(t.span_count)} spans`, t.error ? h('span', { class: 'badge err' }, `${t.error_count || ''} error`) : null)))));
  }

  // Spans are grouped under their trace at the trace's first entry; logs and events stay in time order.
  const list = h('ol', { class: 'timeline' });
  const groups = new Map();
  const frag = document.createDocumentFragment();
  for (const e of timeline) {
    const when = h('span', { class: 'tl-time', title: fmtTime(e.time_unix_nano) }, `+${fmtDuration(e.time_unix_nano - first)}`);
    if (e.type === 'span' && e.span) {
      const sp = e.span;
      let g = groups.get(sp.trace_id);
      if (!g) {
        const t = tracesById.get(sp.trace_id);
        const body = h('ul', { class: 'tl-spans' });
        frag.append(h('li', { class: 'tl-item tl-trace' }, when, h('span', { class: 'tl-kind' }, 'trace'),
          h('div', { class: 'tl-main' }, h('div', null, link('/traces/' + sp.trace_id, t ? t.root_name : 'trace ' + sp.trace_id.slice(0, 8)), ' ', mono(sp.trace_id, 'muted'),
            t ? h('span', { class: 'muted' }, ` · ${fmtDuration(t.duration_ns)}`) : null), body)));
        g = body;
        groups.set(sp.trace_id, g);
      }
      const err = sp.status && sp.status.code === 'error';
      const gm = sp.gen_ai && (sp.gen_ai.response_model || sp.gen_ai.request_model);
      g.append(h('li', { class: err ? 'err' : '' }, h('span', { class: 'muted tl-off' }, `+${fmtDuration(e.time_unix_nano - first)}`),
        link(`/traces/${sp.trace_id}?span=${sp.span_id}`, sp.name), ' ', h('span', { class: 'muted' }, fmtDuration(sp.end_time_unix_nano - sp.start_time_unix_nano)),
        gm ? h('span', { class: 'chip' }, gm) : null, err ? h('span', { class: 'badge err' }, sp.status.message || 'error') : null));
    } else if (e.type === 'log' && e.log) {
      frag.append(h('li', { class: 'tl-item' }, when, h('span', { class: 'tl-kind' }, 'log'), h('div', { class: 'tl-main' }, logRow(e.log))));
    } else if (e.type === 'event' && e.event) {
      const ev = e.event;
      const fb = ev.name === 'feedback';
      const val = fb ? (ev.value === 1 ? 'thumbs up' : ev.value === 0 ? 'thumbs down' : `score ${ev.value}`) : (ev.value !== null && ev.value !== undefined ? `value ${ev.value}` : '');
      frag.append(h('li', { class: 'tl-item' + (fb && ev.value === 0 ? ' neg' : '') }, when, h('span', { class: 'tl-kind' }, fb ? 'feedback' : 'event'),
        h('div', { class: 'tl-main' }, h('strong', null, ev.name), ' ', val, ev.comment ? h('q', { class: 'muted' }, ev.comment) : null,
          Object.keys(ev.properties || {}).length ? h('span', { class: 'muted small' }, ' ' + Object.entries(ev.properties).map(([k, v]) => `${k}=${attrText(v)}`).join(' ')) : null,
          ev.trace_id ? h('span', null, ' ', link('/traces/' + ev.trace_id, 'trace')) : null)));
    }
  }
  list.append(frag);
  page.append(h('h2', { class: 'section-title' }, 'Timeline'), list);
}
