// Logs: GET /api/logs newest first, filters in the URL, one expandable JSON per record,
// links to the trace and to investigate.

import { h, clear, errorBox, fmtTime, flagSelect, link, mono, jsonBlock, attrText, qs, exportControl } from '../util.js';
import { api, download } from '../api.js';
import { onboarding } from './onboarding.js';

const SEVERITIES = ['', 'debug', 'info', 'warn', 'error', 'fatal'];

function sevName(n, text) {
  if (text) return text.toUpperCase();
  if (n >= 21) return 'FATAL';
  if (n >= 17) return 'ERROR';
  if (n >= 13) return 'WARN';
  if (n >= 9) return 'INFO';
  if (n >= 5) return 'DEBUG';
  return n ? 'TRACE' : '–';
}

function sevClass(n) {
  return n >= 17 ? 'err' : n >= 13 ? 'warn' : n >= 9 ? 'info' : 'dbg';
}

export async function render(root, { query, navigate }) {
  const keys = ['q', 'service', 'severity', 'since', 'flag', 'trace_id', 'correlation_id', 'user_id', 'session_id', 'event_name', 'topic'];
  const filters = Object.fromEntries(keys.map((k) => [k, query.get(k) || '']));
  const input = (name, label, ph, cls = '') => h('label', { class: cls }, h('span', null, label), h('input', { name, value: filters[name], placeholder: ph, spellcheck: 'false', autocomplete: 'off' }));
  const form = h('form', { class: 'filters', role: 'search' },
    input('q', 'Search', 'text in the record, e.g. timeout', 'wide'),
    input('service', 'Service', 'service'),
    h('label', null, h('span', null, 'Min severity'), h('select', { name: 'severity' }, SEVERITIES.map((v) => h('option', { value: v, selected: filters.severity === v }, v || 'any')))),
    h('label', null, h('span', null, 'Window'), h('select', { name: 'since' }, [['', 'Any time'], ['15m', 'Last 15 min'], ['1h', 'Last hour'], ['24h', 'Last 24 h'], ['7d', 'Last 7 days']].map(([v, l]) => h('option', { value: v, selected: filters.since === v }, l)))),
    h('label', null, h('span', null, 'Silent failure'), flagSelect(filters.flag)),
    input('trace_id', 'Trace id', '32 hex'),
    input('correlation_id', 'Correlation id', 'x-request-id'),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Search'), h('button', { type: 'button', onclick: () => navigate('/logs', { replace: true }) }, 'Clear')));
  // Keep filters that have no input (user, session, event, topic) when submitting.
  for (const k of ['user_id', 'session_id', 'event_name', 'topic']) if (filters[k]) form.append(h('input', { type: 'hidden', name: k, value: filters[k] }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = {};
    for (const [k, v] of new FormData(form)) if (v) q[k] = String(v).trim();
    navigate('/logs' + qs(q), { replace: true });
  });
  form.addEventListener('change', (ev) => { if (ev.target.tagName === 'SELECT') form.requestSubmit(); });

  const list = h('div', { class: 'log-list card' });
  const out = h('div');
  const count = h('span', { class: 'muted' });
  const more = h('button', { type: 'button', hidden: true }, 'Load older');
  root.append(h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Logs'), count, exportControl('logs', filters, download)), form, out, list, h('div', { class: 'pager' }, more)));

  let cursor = null;
  let n = 0;
  async function load() {
    more.disabled = true;
    try {
      const page = await api('/api/logs' + qs({ ...filters, limit: 100, cursor }));
      const logs = page.logs || [];
      n += logs.length;
      const frag = document.createDocumentFragment();
      for (const rec of logs) frag.append(logRow(rec));
      list.append(frag);
      cursor = page.next_cursor || null;
      clear(out);
      if (!n) {
        list.hidden = true;
        out.append(Object.values(filters).some(Boolean)
          ? h('div', { class: 'callout' }, h('strong', null, 'No log record matches. '), 'Try fewer words, a lower severity or a wider window.')
          : onboarding('No logs yet'));
      }
      count.textContent = `${n} record${n === 1 ? '' : 's'}${cursor ? ', newest first; more available' : ', newest first'}`;
    } catch (e) {
      clear(out).append(errorBox(e));
    }
    more.hidden = !cursor;
    more.disabled = false;
  }
  more.addEventListener('click', load);
  await load();
}

/** One log record: a summary line that expands to its full JSON. */
export function logRow(rec) {
  const sev = rec.severity_number || 0;
  const body = rec.body === null || rec.body === undefined ? '' : attrText(rec.body);
  const details = h('details', { class: 'log-row lvl-' + sevClass(sev) },
    h('summary', null,
      h('span', { class: 'log-time' }, fmtTime(rec.time_unix_nano)),
      h('span', { class: 'sev sev-' + sevClass(sev) }, sevName(sev, rec.severity_text)),
      h('span', { class: 'log-svc' }, rec.service || ''),
      h('span', { class: 'log-event' }, rec.event_name ? h('span', { class: 'chip' }, rec.event_name) : null,
        ...warnReasons(rec).map((r) => h('span', { class: 'badge ' + (sev >= 17 ? 'err' : 'warn') }, r)),
        ...(Array.isArray(rec.attributes && rec.attributes['answer.flags']) ? rec.attributes['answer.flags'] : []).map((f) => h('span', { class: 'badge warn' }, String(f).replace(/_/g, ' ')))),
      h('span', { class: 'log-body' }, body),
      h('span', { class: 'log-links' },
        rec.trace_id ? link('/traces/' + rec.trace_id + (rec.span_id ? '?span=' + rec.span_id : ''), 'trace') : null,
        rec.correlation_id ? link('/investigate/' + encodeURIComponent(rec.correlation_id), 'investigate') : null)));
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.filled) {
      details.dataset.filled = '1';
      details.append(h('div', { class: 'log-json' },
        h('div', { class: 'meta' }, rec.correlation_id ? h('span', null, 'correlation ', mono(rec.correlation_id)) : null, rec.trace_id ? h('span', null, 'trace ', mono(rec.trace_id)) : null),
        jsonBlock(rec)));
    }
  });
  return details;
}

/** Why a call's log line is WARN or ERROR: the safety rule, a cancelled stream, the error
 * type (answer-health flags are shown on their own). */
function warnReasons(rec) {
  const a = rec.attributes || {};
  const out = [];
  if (a.safety && a.safety !== 'pass') out.push(`safety ${a.safety}${a.safety_category ? ': ' + a.safety_category : ''}`);
  if (a.cancelled === true) out.push('cancelled by the client');
  if (a['error.type']) out.push(String(a['error.type']));
  return out;
}
