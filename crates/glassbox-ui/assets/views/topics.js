// Topics: GET /api/topics — what users asked about, counted by keyed topic id (no text is
// kept), most asked first, with a trend sparkline, users, error and flag rates, thumbs-up
// ratio and the keywords enough distinct users used. Each topic links to its calls.

import { h, s, clear, errorBox, fmtNum, fmtPct, link, mono, qs } from '../util.js';
import { api } from '../api.js';

const WINDOWS = [['1h', 'Last hour', 12], ['24h', 'Last 24 h', 24], ['7d', 'Last 7 days', 28]];

/** A small line of counts over the window, oldest first. */
function sparkline(points) {
  const w = 120, ht = 28, n = points.length;
  const max = Math.max(1, ...points);
  const xy = points.map((v, i) => [n > 1 ? (i * w) / (n - 1) : w / 2, ht - 2 - (v / max) * (ht - 4)]);
  const d = xy.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('');
  return s('svg', { class: 'sparkline', viewBox: `0 0 ${w} ${ht}`, width: w, height: ht, role: 'img', 'aria-label': `calls over the window: ${points.join(', ')}` },
    s('path', { d: `${d}L${w},${ht}L0,${ht}Z`, class: 'spark-area' }),
    s('path', { d, class: 'spark-line' }));
}

export async function render(root, { query, navigate }) {
  const win = WINDOWS.find(([v]) => v === query.get('window')) || WINDOWS[1];
  const filters = { window: win[0], model: query.get('model') || '', service: query.get('service') || '' };
  const form = h('form', { class: 'filters', role: 'search' },
    h('label', null, h('span', null, 'Window'), h('select', { name: 'window' }, WINDOWS.map(([v, l]) => h('option', { value: v, selected: v === win[0] }, l)))),
    h('label', null, h('span', null, 'Service'), h('input', { name: 'service', value: filters.service, placeholder: 'support-bot', spellcheck: 'false', autocomplete: 'off' })),
    h('label', null, h('span', null, 'Model'), h('input', { name: 'model', value: filters.model, placeholder: 'gpt-4o*', spellcheck: 'false', autocomplete: 'off' })),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'primary' }, 'Show'),
      h('button', { type: 'button', onclick: () => navigate('/topics', { replace: true }) }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = {};
    for (const [k, v] of new FormData(form)) if (v && !(k === 'window' && v === '24h')) q[k] = String(v).trim();
    navigate('/topics' + qs(q), { replace: true });
  });
  form.addEventListener('change', (ev) => { if (ev.target.tagName === 'SELECT') form.requestSubmit(); });

  const summary = h('span', { class: 'muted' });
  const note = h('p', { class: 'muted small' });
  const out = h('div');
  const table = h('table', { class: 'grid-table topics-table' });
  root.append(h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Topics'), summary), form, note, out, table));

  let page;
  try {
    page = await api('/api/topics' + qs({ ...filters, buckets: win[2], limit: 100 }));
  } catch (e) {
    out.append(errorBox(e));
    return;
  }
  const topics = page.topics || [];
  const total = topics.reduce((a, t) => a + t.count, 0);
  summary.textContent = `${topics.length} topic${topics.length === 1 ? '' : 's'} · ${fmtNum(total)} call${total === 1 ? '' : 's'}`;
  note.append('Each user turn is counted under a keyed topic id computed from its redacted text; no text is kept for it. ',
    `Keywords show once at least ${page.min_users} distinct users used them; a topic with fewer users shows only its id.`);
  if (!topics.length) {
    out.append(h('div', { class: 'callout' }, h('strong', null, 'No topics in this window. '),
      'Topics come from the user turns of model calls: through the gateway, or OTLP spans that carry ', mono('gen_ai.input.messages'),
      ' (or another convention\'s prompt attributes). Widen the window, or send a call.'));
    table.hidden = true;
    return;
  }
  const since = win[0];
  const head = h('tr', null, ['Topic', 'Calls', 'Trend', 'Users', 'Errors', 'Flagged', 'Thumbs up', ''].map((l, i) => h('th', { class: i && i < 7 && i !== 2 ? 'num' : '' }, l)));
  const body = document.createDocumentFragment();
  for (const t of topics) {
    const share = total ? t.count / total : 0;
    const words = (t.keywords || []).length
      ? h('div', { class: 'topic-words' }, t.keywords.map((k) => h('span', { class: 'chip' }, k)))
      : h('div', { class: 'muted small' }, t.users < page.min_users ? `fewer than ${page.min_users} users: id only` : 'no keyword used by enough users');
    body.append(h('tr', { dataset: { topic: t.topic }, class: t.error_rate > 0.2 ? 'row-err' : '' },
      h('td', null, mono(t.topic), words),
      h('td', { class: 'num' }, fmtNum(t.count), h('div', { class: 'muted small' }, fmtPct(share))),
      h('td', null, sparkline(t.trend || [])),
      h('td', { class: 'num' }, fmtNum(t.users)),
      h('td', { class: 'num' }, t.errors ? h('span', { class: 'badge err', title: `${t.errors} calls failed` }, fmtPct(t.error_rate)) : '0'),
      h('td', { class: 'num' }, t.flagged ? h('span', { class: 'badge warn', title: 'calls whose answer got an answer-health flag' }, fmtNum(t.flagged)) : '0'),
      h('td', { class: 'num' }, t.thumbs_up_ratio === null || t.thumbs_up_ratio === undefined
        ? h('span', { class: 'muted' }, '–')
        : h('span', { title: `${t.feedback_up} up, ${t.feedback_down} down` }, fmtPct(t.thumbs_up_ratio, 0))),
      h('td', { class: 'nowrap' }, link('/traces' + qs({ topic: t.topic, since }), 'calls'), ' · ', link('/logs' + qs({ topic: t.topic, since }), 'logs'))));
  }
  clear(table).append(h('thead', null, head), h('tbody', null, body));
  table.addEventListener('click', (ev) => {
    const tr = ev.target.closest('tr[data-topic]');
    if (tr && !ev.target.closest('a,button')) navigate('/traces' + qs({ topic: tr.dataset.topic, since }));
  });
}
