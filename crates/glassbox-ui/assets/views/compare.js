// Compare: two runs side by side, aligned by what each step is (GET /api/compare?a=&b=),
// the fork highlighted with the model call that decided it; or one run against the
// typical run of its entry point (GET /api/compare?a=), unusual steps called out.

import { h, clear, errorBox, fmtDuration, link, mono, qs } from '../util.js';
import { api } from '../api.js';

const STATUS = { same: 'same', changed: 'changed', only_a: 'only in a', only_b: 'only in b' };

function stepCell(s) {
  if (!s) return h('td', { class: 'muted' }, '–');
  const td = h('td', null, s.key.name, s.key.tool && !s.key.name.includes(s.key.tool) ? h('span', { class: 'chip' }, s.key.tool) : null,
    s.error ? h('span', { class: 'badge err' }, 'error') : null);
  // CSSOM, not a style attribute: the page's CSP allows no inline styles.
  td.style.paddingLeft = `${6 + Math.min(s.depth || 0, 8) * 12}px`;
  return td;
}

export async function render(root, { query }) {
  const a = query.get('a') || '';
  const b = query.get('b') || '';
  const page = h('section', { class: 'page compare-page' });
  root.append(page);
  if (!a) {
    page.append(h('h1', null, 'Compare'), h('p', { class: 'callout' }, 'Open a trace and choose "Compare with typical" or "Compare with…".'));
    return;
  }
  let doc;
  try {
    doc = await api('/api/compare' + qs({ a, b }));
  } catch (e) {
    page.append(h('h1', null, 'Compare'), errorBox(e));
    return;
  }
  if (doc.comparison) renderPair(page, doc);
  else renderBaseline(page, doc);
}

function renderPair(page, doc) {
  const c = doc.comparison;
  const d = c.first_divergence;
  page.append(h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'Two runs, step by step'),
    h('div', { class: 'meta' }, h('span', null, 'a ', link('/traces/' + doc.a, mono(doc.a.slice(0, 16) + '…'))),
      h('span', null, 'b ', link('/traces/' + doc.b, mono(doc.b.slice(0, 16) + '…'))),
      h('span', null, `b − a ${c.duration_delta_ns < 0 ? '−' : '+'}${fmtDuration(Math.abs(c.duration_delta_ns))}`)))));
  if (d) {
    const call = d.deciding_call_a || d.deciding_call_b;
    page.append(h('div', { class: 'callout warn fork-callout' }, h('strong', null, `The runs diverge at step ${d.pair + 1}`),
      ` (${d.differs.join(', ')})`, call ? [', right after the model call ', h('code', null, call.key.name), ': the decision that made the difference.'] : '.'));
  } else {
    page.append(h('div', { class: 'callout' }, 'Same path, same way: no step differs except in timing.'));
  }
  const rows = c.pairs.map((p, i) => h('tr', { class: `cmp-${p.status}` + (d && d.pair === i ? ' fork' : '') },
    h('td', { class: 'num muted' }, String(i + 1)),
    stepCell(p.a), h('td', { class: 'num' }, p.a ? fmtDuration(p.a.duration_ns) : ''),
    h('td', null, h('span', { class: 'badge ' + (p.status === 'same' ? '' : p.status === 'changed' ? 'warn' : 'err') }, STATUS[p.status]),
      p.differs && p.differs.length ? h('span', { class: 'muted small' }, ' ' + p.differs.join(', ')) : null),
    stepCell(p.b), h('td', { class: 'num' }, p.b ? fmtDuration(p.b.duration_ns) : '')));
  page.append(h('table', { class: 'grid-table compare-table' },
    h('thead', null, h('tr', null, h('th', null, '#'), h('th', null, 'run a'), h('th', { class: 'num' }, 'took'), h('th', null, ''), h('th', null, 'run b'), h('th', { class: 'num' }, 'took'))),
    h('tbody', null, rows)));
}

function renderBaseline(page, doc) {
  const base = doc.baseline;
  page.append(h('div', { class: 'page-head' }, h('div', null, h('h1', null, 'This run against the typical run'),
    h('div', { class: 'meta' }, h('span', null, 'run ', link('/traces/' + doc.a, mono(doc.a.slice(0, 16) + '…'))),
      h('span', null, `${base.baseline_runs} good runs of `, h('code', null, doc.root_name), ` (${doc.service})`)))));
  if (!base.baseline_runs) page.append(h('div', { class: 'callout' }, 'No other successful run of this entry point is stored yet.'));
  if (base.headline) page.append(h('div', { class: 'callout warn fork-callout' }, h('strong', null, base.headline)));
  const rows = base.steps.map((s) => h('tr', { class: s.unusual && s.unusual.length ? 'cmp-changed' : '' },
    stepCell(s.step),
    h('td', { class: 'num' }, fmtDuration(s.step.duration_ns)),
    h('td', { class: 'num' }, s.typical_duration_ns != null ? fmtDuration(s.typical_duration_ns) : '–'),
    h('td', { class: 'num' }, `${Math.round(s.occurs_in * 100)}%`),
    h('td', null, (s.unusual || []).map((u) => h('span', { class: 'badge warn' }, u)))));
  page.append(h('table', { class: 'grid-table compare-table' },
    h('thead', null, h('tr', null, h('th', null, 'step'), h('th', { class: 'num' }, 'took'), h('th', { class: 'num' }, 'typical'), h('th', { class: 'num' }, 'in good runs'), h('th', null, ''))),
    h('tbody', null, rows)));
  if (base.missing && base.missing.length) {
    page.append(h('h2', null, 'Steps most good runs have and this one skipped'),
      h('ul', null, base.missing.map((m) => h('li', null, h('code', null, m.key.name), ` — in ${Math.round(m.occurs_in * 100)}% of good runs`))));
  }
}
