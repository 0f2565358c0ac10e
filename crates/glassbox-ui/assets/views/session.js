// One session: GET /api/sessions/{id}. Its turns on one time axis (each bar a trace, red
// when it failed), the feedback and events given along the way with their comments, and
// links to every trace.

import { h, clear, errorBox, fmtDuration, fmtTime, fmtNum, fmtUsd, link, mono, feedbackCell, attrText } from '../util.js';
import { api } from '../api.js';

function eventLabel(e) {
  if (e.name === 'feedback') {
    const thumbs = e.properties && e.properties['feedback.type'] === 'thumbs';
    if (thumbs) return h('span', { class: e.value === 1 ? 'fb-up' : 'fb-down' }, e.value === 1 ? '↑ thumbs up' : '↓ thumbs down');
    return h('span', null, `feedback score ${e.value}`);
  }
  return h('span', null, e.name + (e.value !== null && e.value !== undefined ? ` (${e.value})` : ''));
}

export async function render(root, { params }) {
  const id = params[0];
  let d;
  try {
    d = await api('/api/sessions/' + encodeURIComponent(id));
  } catch (e) {
    root.append(h('section', { class: 'page' }, h('h1', null, 'Session ', mono(id)), errorBox(e)));
    return;
  }
  const s = d.session;
  const start = s.start_time_unix_nano;
  const span = Math.max(1, s.end_time_unix_nano - start);
  const stat = (label, value) => h('div', { class: 'stat' }, h('div', { class: 'muted small' }, label), h('div', { class: 'stat-value' }, value));
  const stats = h('div', { class: 'session-stats' },
    stat('Turns', fmtNum(s.turns)), stat('Duration', fmtDuration(s.duration_ns)), stat('Users', fmtNum(s.users)),
    stat('Errors', String(s.error_turns)), stat('Flagged answers', String(s.flagged_turns)),
    stat('Tokens in/out', `${fmtNum(s.input_tokens)} / ${fmtNum(s.output_tokens)}`), stat('Cost', s.cost_usd ? fmtUsd(s.cost_usd) : '–'),
    stat('Feedback', feedbackCell(s.feedback_up, s.feedback_down)));

  // Events belong to a turn when they name its trace or its correlation id.
  const byTurn = new Map();
  const loose = [];
  for (const e of d.events) {
    const t = d.turns.find((t) => (e.trace_id && e.trace_id === t.trace_id) || (!e.trace_id && e.correlation_id && e.correlation_id === t.correlation_id));
    if (t) { if (!byTurn.has(t.trace_id)) byTurn.set(t.trace_id, []); byTurn.get(t.trace_id).push(e); } else loose.push(e);
  }
  const eventLine = (e) => h('li', { class: 'session-event' }, h('span', { class: 'muted small' }, fmtTime(e.time_unix_nano, false), ' '), eventLabel(e),
    e.comment ? h('q', { class: 'fb-comment' }, e.comment) : '',
    Object.entries(e.properties || {}).filter(([k]) => k !== 'feedback.type').map(([k, v]) => h('span', { class: 'chip' }, `${k}: ${attrText(v)}`)));

  const rows = d.turns.map((t, i) => {
    const bar = h('span', { class: 'turn-bar' + (t.error ? ' err' : '') });
    bar.style.left = `${((t.start_time_unix_nano - start) / span) * 100}%`;
    bar.style.width = `${Math.max(0.5, (t.duration_ns / span) * 100)}%`;
    const evs = byTurn.get(t.trace_id) || [];
    return h('tr', { class: t.error ? 'row-err' : '', dataset: { traceId: t.trace_id } },
      h('td', { class: 'num' }, String(i + 1)),
      h('td', { class: 'nowrap', title: fmtTime(t.start_time_unix_nano) }, fmtTime(t.start_time_unix_nano, false)),
      h('td', null, link('/traces/' + t.trace_id, t.root_name || '(unnamed)'),
        (t.answer_flags || []).map((f) => h('span', { class: 'badge warn' }, f.replace(/_/g, ' '))),
        evs.length ? h('ul', { class: 'session-events' }, evs.map(eventLine)) : ''),
      h('td', { class: 'num nowrap' }, fmtDuration(t.duration_ns)),
      h('td', { class: 'turn-track' }, bar),
      h('td', { class: 'num' }, t.error_count ? h('span', { class: 'badge err' }, String(t.error_count)) : '0'),
      h('td', { class: 'num nowrap' }, t.cost_usd ? fmtUsd(t.cost_usd) : h('span', { class: 'muted' }, '–')),
      h('td', null, t.user_id ? mono(t.user_id) : h('span', { class: 'muted' }, '–')));
  });
  const table = h('table', { class: 'grid-table session-turns' },
    h('thead', null, h('tr', null, ['#', 'Started', 'Turn', 'Duration', 'On the session\'s time axis', 'Errors', 'Cost', 'User'].map((l) => h('th', null, l)))),
    h('tbody', null, rows));
  root.append(h('section', { class: 'page' },
    h('div', { class: 'page-head' }, h('h1', null, 'Session ', mono(id)),
      h('span', null, link('/investigate/' + encodeURIComponent(id), 'Investigate everything linked'), ' · ', link('/traces?session_id=' + encodeURIComponent(id), 'Traces'), ' · ',
        link('/logs?session_id=' + encodeURIComponent(id), 'Logs'))),
    h('p', { class: 'muted' }, `${fmtTime(start)} → ${fmtTime(s.end_time_unix_nano)}`),
    stats, table,
    loose.length ? h('div', { class: 'card' }, h('h2', null, 'Events on the session'), h('ul', { class: 'session-events' }, loose.map(eventLine))) : ''));
  if (d.turns.length >= 1000) root.querySelector('.page').append(h('p', { class: 'muted' }, 'Showing the first 1,000 turns.'));
}
