// Privacy: the redaction policy in force and what it redacted, by entity type and
// source, from GET /api/privacy.

import { h, errorBox, fmtNum, mono } from '../util.js';
import { api } from '../api.js';

export async function render(root) {
  const page = h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Privacy')),
    h('p', { class: 'muted lead' }, 'Every prompt, completion, tool argument and log body is scanned for PII and redacted before anything is stored or forwarded. This is the policy in force and what it has done.'));
  root.append(page);
  let doc;
  try {
    doc = await api('/api/privacy');
  } catch (e) {
    page.append(e.status === 404
      ? h('div', { class: 'callout' }, h('strong', null, 'This server does not report its redaction policy yet. '), 'Redaction still runs; its counters are exported on ', h('a', { href: '/metrics' }, h('code', null, '/metrics')), ' as Prometheus series.')
      : errorBox(e));
    return;
  }
  if (doc.counters_hidden) page.append(h('div', { class: 'callout' }, h('strong', null, 'Counters not shown. '), doc.counters_hidden, '.'));
  const counters = (doc.counters || []).slice().sort((a, b) => b.count - a.count);
  const total = counters.reduce((n, c) => n + (c.count || 0), 0);
  const byEntity = new Map();
  for (const c of counters) byEntity.set(c.entity, (byEntity.get(c.entity) || 0) + c.count);
  const max = Math.max(1, ...byEntity.values());
  page.append(h('div', { class: 'tiles' },
    h('div', { class: 'tile' }, h('div', { class: 'tile-label' }, 'Values redacted'), h('div', { class: 'tile-value' }, fmtNum(total)), h('div', { class: 'tile-sub' }, 'since start')),
    h('div', { class: 'tile' }, h('div', { class: 'tile-label' }, 'Entity types seen'), h('div', { class: 'tile-value' }, String(byEntity.size)), h('div', { class: 'tile-sub' }, '\u00a0')),
    h('div', { class: 'tile' }, h('div', { class: 'tile-label' }, 'Hashing key id'), h('div', { class: 'tile-value' }, doc.key_id ? mono(doc.key_id) : '–'), h('div', { class: 'tile-sub' }, 'pseudonyms are keyed HMACs'))));
  const bars = h('table', { class: 'grid-table' }, h('thead', null, h('tr', null, h('th', null, 'Entity'), h('th', { class: 'num' }, 'Count'), h('th', null, ''))),
    h('tbody', null, [...byEntity.entries()].map(([entity, n]) => {
      const bar = h('span', { class: 'dur-bar' });
      bar.style.width = `${(n / max) * 100}%`;
      return h('tr', null, h('td', null, h('code', null, entity)), h('td', { class: 'num' }, fmtNum(n)), h('td', { class: 'bar-cell' }, h('span', { class: 'dur-track' }, bar)));
    })));
  const detail = h('table', { class: 'grid-table' }, h('thead', null, h('tr', null, h('th', null, 'Entity'), h('th', null, 'Source'), h('th', { class: 'num' }, 'Count'))),
    h('tbody', null, counters.map((c) => h('tr', null, h('td', null, h('code', null, c.entity)), h('td', null, c.source), h('td', { class: 'num' }, fmtNum(c.count))))));
  page.append(h('div', { class: 'two-col' },
    h('div', { class: 'card' }, h('h3', null, 'Redactions by entity'), counters.length ? bars : h('p', { class: 'muted' }, 'Nothing has been redacted yet.')),
    h('div', { class: 'card' }, h('h3', null, 'By source'), counters.length ? detail : h('p', { class: 'muted' }, '–'))));
  page.append(h('div', { class: 'card' }, h('h3', null, 'Policy in force'), policyTable(doc.policy)));
}

function policyTable(policy) {
  if (!policy || typeof policy !== 'object') return h('p', { class: 'muted' }, 'No policy reported.');
  const rows = [];
  const walk = (v, path) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const k of Object.keys(v)) walk(v[k], path ? `${path}.${k}` : k);
    } else rows.push([path, Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : v === null || v === undefined ? '–' : String(v)]);
  };
  walk(policy, '');
  return h('table', { class: 'kv policy' }, h('tbody', null, rows.map(([k, v]) => h('tr', null, h('th', null, h('code', null, k)), h('td', null, h('span', { class: 'action act-' + v.replace(/[^a-z]/g, '') }, v))))));
}
