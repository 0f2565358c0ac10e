// Sessions: GET /api/sessions (the traces sharing a session id), most recently active
// first, with turns, duration, users, errors, cost and feedback; filters in the URL.

import { h, clear, errorBox, fmtDuration, fmtTime, fmtAgo, fmtNum, fmtUsd, link, mono, qs, feedbackCell } from '../util.js';
import { api } from '../api.js';

export async function render(root, { query, navigate }) {
  const filters = { service: query.get('service') || '', user_id: query.get('user_id') || '', since: query.get('since') || '24h' };
  const form = h('form', { class: 'filters', role: 'search' },
    h('label', null, h('span', null, 'Service'), h('input', { name: 'service', value: filters.service, placeholder: 'checkout-agent', spellcheck: 'false', autocomplete: 'off' })),
    h('label', null, h('span', null, 'User'), h('input', { name: 'user_id', value: filters.user_id, placeholder: 'user id', spellcheck: 'false', autocomplete: 'off' })),
    h('label', null, h('span', null, 'Window'), h('select', { name: 'since' }, [['15m', 'Last 15 min'], ['1h', 'Last hour'], ['24h', 'Last 24 h'], ['7d', 'Last 7 days'], ['', 'Any time']]
      .map(([v, l]) => h('option', { value: v, selected: filters.since === v }, l)))),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Search'),
      h('button', { type: 'button', onclick: () => navigate('/sessions', { replace: true }) }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = {};
    for (const [k, v] of new FormData(form)) q[k] = String(v).trim();
    if (q.since === '24h') delete q.since;
    if (q.since === '') q.since = 'all';
    navigate('/sessions' + qs(q), { replace: true });
  });
  form.addEventListener('change', (ev) => { if (ev.target.tagName === 'SELECT') form.requestSubmit(); });
  if (filters.since === 'all') filters.since = '';

  const table = h('table', { class: 'grid-table sessions-table' });
  const summary = h('span', { class: 'muted' });
  const stats = h('p', { class: 'session-window-stats' });
  const out = h('div');
  const more = h('button', { type: 'button', hidden: true }, 'Load more');
  root.append(h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Sessions'), summary), form, stats, out, table, h('div', { class: 'pager' }, more)));

  let rows = [];
  let cursor = null;
  function draw() {
    const head = h('tr', null, ['Last active', 'Session', 'Turns', 'Duration', 'Users', 'Errors', 'Flagged', 'Tokens in/out', 'Cost', 'Feedback']
      .map((l, i) => h('th', { class: i === 1 ? '' : 'num' }, l)));
    const body = document.createDocumentFragment();
    for (const s of rows) {
      const href = '/sessions/' + encodeURIComponent(s.session_id);
      body.append(h('tr', { class: s.error_turns ? 'row-err' : '', dataset: { session: s.session_id } },
        h('td', { class: 'num nowrap', title: fmtTime(s.end_time_unix_nano) }, fmtAgo(s.end_time_unix_nano)),
        h('td', null, link(href, mono(s.session_id)), h('div', { class: 'muted small' }, (s.services || []).join(', '))),
        h('td', { class: 'num' }, fmtNum(s.turns)),
        h('td', { class: 'num nowrap' }, fmtDuration(s.duration_ns)),
        h('td', { class: 'num' }, fmtNum(s.users)),
        h('td', { class: 'num' }, s.error_turns ? h('span', { class: 'badge err' }, String(s.error_turns)) : '0'),
        h('td', { class: 'num' }, s.flagged_turns ? h('span', { class: 'badge warn' }, String(s.flagged_turns)) : '0'),
        h('td', { class: 'num nowrap' }, `${fmtNum(s.input_tokens || 0)} / ${fmtNum(s.output_tokens || 0)}`),
        h('td', { class: 'num nowrap' }, s.cost_usd ? fmtUsd(s.cost_usd) : h('span', { class: 'muted' }, '–')),
        h('td', { class: 'num' }, feedbackCell(s.feedback_up, s.feedback_down))));
    }
    clear(table).append(h('thead', null, head), h('tbody', null, body));
    summary.textContent = `${rows.length} session${rows.length === 1 ? '' : 's'}${cursor ? ' loaded, more available' : ''}`;
  }

  async function load() {
    more.disabled = true;
    try {
      const page = await api('/api/sessions' + qs({ ...filters, limit: 100, cursor }));
      if (page.stats) {
        const st = page.stats;
        stats.textContent = st.sessions
          ? `${fmtNum(st.sessions)} session${st.sessions === 1 ? '' : 's'} in the window · length median ${fmtDuration(st.median_duration_ns)}, p90 ${fmtDuration(st.p90_duration_ns)} · median ${fmtNum(st.median_turns)} turn${st.median_turns === 1 ? '' : 's'}`
          : '';
      }
      rows = rows.concat(page.sessions || []);
      cursor = page.next_cursor || null;
      clear(out);
      table.hidden = !rows.length;
      if (!rows.length) {
        out.append(h('div', { class: 'callout' }, h('strong', null, 'No sessions in this window. '),
          'A session is the traces that carry the same ', mono('session.id'), ' (a span or resource attribute, or ', mono('baggage: session.id=…'),
          '; through the gateway, the ', mono('x-session-id'), ' header). Widen the window or ', link('/sessions?since=all', 'look at all time'), '.'));
      }
      draw();
    } catch (e) {
      clear(out).append(errorBox(e));
    }
    more.hidden = !cursor;
    more.disabled = false;
  }
  more.addEventListener('click', load);
  table.addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-session]');
    if (tr && !ev.target.closest('a,button')) navigate('/sessions/' + encodeURIComponent(tr.dataset.session));
  });
  await load();
}
