// Traces: search GET /api/traces with filters mirrored in the URL, sort the loaded rows,
// page with `next_cursor`.

import { h, clear, errorBox, fmtDuration, fmtTime, fmtAgo, fmtNum, fmtUsd, flagSelect, link, mono, qs, exportControl, feedbackCell } from '../util.js';
import { api, download } from '../api.js';
import { onboarding } from './onboarding.js';

const FILTERS = [
  ['q', 'Search', 'words in prompts, answers, span names', 'wide'],
  ['service', 'Service', 'checkout-agent'],
  ['model', 'Model', 'gpt-4o-mini'],
  ['min_duration', 'Min duration', '500ms, 2s'],
  ['user_id', 'User', 'user id'],
  ['session_id', 'Session', 'session id'],
  ['correlation_id', 'Correlation id', 'x-request-id'],
  ['topic', 'Topic', 'T-3f9a1c2b'],
];

const COLUMNS = [
  { key: 'start_time_unix_nano', label: 'Started', num: true },
  { key: 'root_name', label: 'Root span' },
  { key: 'service', label: 'Service' },
  { key: 'duration_ns', label: 'Duration', num: true },
  { key: 'span_count', label: 'Spans', num: true },
  { key: 'error_count', label: 'Errors', num: true },
  { key: 'answer_flags', label: 'Answer' },
  { key: 'models', label: 'Models' },
  { key: 'tokens', label: 'Tokens in/out', num: true },
  { key: 'cost_usd', label: 'Cost', num: true },
  { key: 'feedback', label: 'Feedback', num: true },
  { key: 'correlation_id', label: 'Correlation id' },
  { key: 'user_id', label: 'User' },
];

export async function render(root, { query, navigate }) {
  const form = h('form', { class: 'filters', role: 'search' });
  for (const [name, label, ph, cls] of FILTERS) {
    form.append(h('label', { class: cls || '' }, h('span', null, label), h('input', { name, value: query.get(name) || '', placeholder: ph, spellcheck: 'false', autocomplete: 'off', type: name === 'q' ? 'search' : 'text' })));
  }
  const status = h('select', { name: 'status' }, ['any', 'error', 'ok'].map((v) => h('option', { value: v, selected: (query.get('status') || 'any') === v }, v === 'any' ? 'Any status' : v)));
  const flag = flagSelect(query.get('flag'));
  const feedback = h('select', { name: 'feedback' }, [['', 'Any'], ['up', 'Thumbs up'], ['down', 'Thumbs down'], ['any', 'Any feedback'], ['none', 'No feedback']]
    .map(([v, l]) => h('option', { value: v, selected: (query.get('feedback') || '') === v }, l)));
  const since = h('select', { name: 'since' }, [['', 'Any time'], ['15m', 'Last 15 min'], ['1h', 'Last hour'], ['24h', 'Last 24 h'], ['7d', 'Last 7 days']]
    .map(([v, l]) => h('option', { value: v, selected: (query.get('since') || '') === v }, l)));
  form.append(h('label', null, h('span', null, 'Status'), status), h('label', null, h('span', null, 'Silent failure'), flag), h('label', null, h('span', null, 'Feedback'), feedback), h('label', null, h('span', null, 'Window'), since),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Search'),
      h('button', { type: 'button', onclick: () => navigate('/traces', { replace: true }) }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = {};
    for (const [k, v] of new FormData(form)) if (v && !(k === 'status' && v === 'any')) q[k] = String(v).trim();
    navigate('/traces' + qs(q), { replace: true });
  });
  form.addEventListener('change', (ev) => { if (ev.target.tagName === 'SELECT') form.requestSubmit(); });

  const filters = {};
  for (const [k] of FILTERS) filters[k] = query.get(k) || '';
  filters.status = query.get('status') || '';
  filters.flag = query.get('flag') || '';
  filters.feedback = query.get('feedback') || '';
  filters.since = query.get('since') || '';
  const filtered = Object.values(filters).some(Boolean);

  const table = h('table', { class: 'grid-table traces-table' });
  const summary = h('span', { class: 'muted' });
  const more = h('button', { type: 'button', hidden: true }, 'Load more');
  const out = h('div');
  root.append(h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Traces'), summary, exportControl('traces', filters, download)), form, out, table, h('div', { class: 'pager' }, more)));

  let rows = [];
  let cursor = null;
  let sort = { key: query.get('sort') || 'start_time_unix_nano', dir: query.get('dir') === 'asc' ? 1 : -1 };
  const maxDur = () => Math.max(1, ...rows.map((r) => r.duration_ns));

  function value(r, key) {
    if (key === 'tokens') return (r.input_tokens || 0) + (r.output_tokens || 0);
    if (key === 'models') return (r.models || []).join(',');
    if (key === 'answer_flags') return (r.answer_flags || []).join(',');
    if (key === 'feedback') return (r.feedback_up || 0) - (r.feedback_down || 0);
    return r[key] ?? '';
  }

  function draw() {
    const sorted = [...rows].sort((a, b) => {
      const va = value(a, sort.key);
      const vb = value(b, sort.key);
      return (va < vb ? -1 : va > vb ? 1 : 0) * sort.dir;
    });
    const head = h('tr', null, COLUMNS.map((c) => {
      const active = sort.key === c.key;
      return h('th', { class: c.num ? 'num' : '', 'aria-sort': active ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
        h('button', { type: 'button', class: 'sort', onclick: () => {
          sort = { key: c.key, dir: active ? -sort.dir : (c.num ? -1 : 1) };
          const q = new URLSearchParams(location.search);
          q.set('sort', sort.key); q.set('dir', sort.dir > 0 ? 'asc' : 'desc');
          history.replaceState(null, '', '/traces?' + q);
          draw();
        } }, c.label, active ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''));
    }));
    const md = maxDur();
    const body = document.createDocumentFragment();
    for (const r of sorted) {
      const href = '/traces/' + r.trace_id;
      const bar = h('span', { class: 'dur-bar' + (r.error ? ' err' : '') });
      bar.style.width = `${Math.max(2, (r.duration_ns / md) * 100)}%`;
      body.append(h('tr', { class: r.error ? 'row-err' : '', dataset: { traceId: r.trace_id } },
        h('td', { class: 'num nowrap', title: fmtTime(r.start_time_unix_nano) }, fmtTime(r.start_time_unix_nano, false), h('div', { class: 'muted small' }, fmtAgo(r.start_time_unix_nano))),
        h('td', null, link(href, r.root_name || '(unnamed)'), h('div', { class: 'muted small' }, mono(r.trace_id.slice(0, 16) + '…'))),
        h('td', null, r.service),
        h('td', { class: 'num dur-cell' }, h('span', null, fmtDuration(r.duration_ns)), h('span', { class: 'dur-track' }, bar)),
        h('td', { class: 'num' }, fmtNum(r.span_count)),
        h('td', { class: 'num' }, r.error_count ? h('span', { class: 'badge err' }, String(r.error_count)) : (r.error ? h('span', { class: 'badge err' }, 'error') : '0')),
        h('td', null, (r.answer_flags || []).map((f) => h('span', { class: 'badge warn', title: 'answer-health flag' }, f.replace(/_/g, ' ')))),
        h('td', null, (r.models || []).map((m) => h('span', { class: 'chip' }, m))),
        h('td', { class: 'num nowrap' }, `${fmtNum(r.input_tokens || 0)} / ${fmtNum(r.output_tokens || 0)}`),
        h('td', { class: 'num nowrap' }, r.cost_usd ? fmtUsd(r.cost_usd) : h('span', { class: 'muted' }, '–')),
        h('td', { class: 'num' }, feedbackCell(r.feedback_up, r.feedback_down)),
        h('td', null, r.correlation_id ? link('/investigate/' + encodeURIComponent(r.correlation_id), mono(r.correlation_id)) : ''),
        h('td', null, r.user_id ? link('/investigate/' + encodeURIComponent(r.user_id), mono(r.user_id)) : h('span', { class: 'muted' }, '–'),
          r.session_id ? h('div', { class: 'small' }, link('/sessions/' + encodeURIComponent(r.session_id), 'session')) : '')));
    }
    clear(table).append(h('thead', null, head), h('tbody', null, body));
    summary.textContent = `${rows.length} trace${rows.length === 1 ? '' : 's'}${cursor ? ' loaded, more available' : ''}`;
  }

  async function load() {
    more.disabled = true;
    try {
      const page = await api('/api/traces' + qs({ ...filters, limit: 100, cursor }));
      // A text search can list a trace again on a later page (an older export of it matched too).
      const have = new Set(rows.map((r) => r.trace_id));
      rows = rows.concat((page.traces || []).filter((t) => !have.has(t.trace_id)));
      cursor = page.next_cursor || null;
      clear(out);
      if (!rows.length) {
        out.append(filtered
          ? h('div', { class: 'callout' }, h('strong', null, 'No trace matches these filters. '), 'Widen the window, drop a filter, or ', link('/traces', 'clear them all'), '.')
          : onboarding('No traces yet'));
        table.hidden = true;
      } else table.hidden = false;
      draw();
    } catch (e) {
      clear(out).append(errorBox(e));
    }
    more.hidden = !cursor;
    more.disabled = false;
  }
  more.addEventListener('click', load);
  table.addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-trace-id]');
    if (tr && !ev.target.closest('a,button')) navigate('/traces/' + tr.dataset.traceId);
  });
  await load();
}
