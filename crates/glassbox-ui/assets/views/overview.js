// Overview: headline tiles from /api/metrics/summary and charts from
// /api/metrics/timeseries, over a selectable window, per model, refreshed every 5 s.

import { h, clear, errorBox, fmtDuration, fmtMs, fmtNum, fmtPct, fmtUsd, qs } from '../util.js';
import { api } from '../api.js';
import { createChart } from '../chart.js';
import { onboarding } from './onboarding.js';

const WINDOWS = { '15m': '1m', '1h': '1m', '24h': '15m', '7d': '2h' };
const REFRESH_MS = 5000;

const ms = (v) => fmtMs(v);
const pct = (v) => fmtPct(v, v !== null && v < 0.1 ? 1 : 0);
const num = (v) => fmtNum(v);

// Each chart: title, unit, the metrics it draws and whether to split by model.
const CHARTS = [
  { id: 'latency', title: 'Latency', unit: 'ms', metrics: [['latency_p50', 'P50'], ['latency_p99', 'P99']], format: ms },
  { id: 'ttft', title: 'Time to first token', unit: 'ms', metrics: [['ttft_p50', 'P50'], ['ttft_p99', 'P99']], format: ms },
  { id: 'rps', title: 'Requests', unit: 'req/s', metrics: [['requests_per_s', null]], byModel: true, format: (v) => fmtNum(v, 2) },
  { id: 'errors', title: 'Error rate', unit: '% of calls', metrics: [['error_rate', null]], byModel: true, format: pct, max1: false },
  { id: 'tokens', title: 'Tokens', unit: 'tokens / bucket', metrics: [['input_tokens', 'in'], ['output_tokens', 'out']], format: num },
  { id: 'cache', title: 'Cache hit rate', unit: '% of cacheable calls', metrics: [['cache_hit_rate', null]], byModel: true, format: pct },
  { id: 'safety', title: 'Safety violations', unit: 'flags + blocks / bucket', metrics: [['safety_violations', null]], byModel: true, format: num },
  { id: 'cost', title: 'Cost', unit: 'US$ / bucket (priced models)', metrics: [['cost_usd', null]], byModel: true, format: (v) => fmtUsd(v) },
  { id: 'silent', title: 'Silent failures', unit: 'flagged answers / bucket (refusal, truncated, loop…)', metrics: [['silent_failures', null]], byModel: true, format: num },
  { id: 'thumbs', title: 'Thumbs-up ratio', unit: '% of feedback', metrics: [['thumbs_up_ratio', null]], format: pct },
  { id: 'conv', title: 'Conversions', unit: 'events / bucket', metrics: [['conversions', null]], format: num },
  { id: 'gpu', title: 'GPU saturation', unit: '% utilization, per device', metrics: [['gpu_utilization', null]], byModel: true, format: (v) => fmtPct(v > 1 ? v / 100 : v, 0), optional: true },
];

export async function render(root, { query, navigate }) {
  const win = WINDOWS[query.get('window')] ? query.get('window') : '1h';
  const model = query.get('model') || '';
  const step = WINDOWS[win];
  const set = (k, v) => {
    const q = new URLSearchParams(location.search);
    if (v) q.set(k, v); else q.delete(k);
    navigate('/' + (q.toString() ? '?' + q : ''), { replace: true });
  };

  const modelSelect = h('select', { 'aria-label': 'model', onchange: (e) => set('model', e.target.value) },
    h('option', { value: '' }, 'All models'));
  if (model) modelSelect.append(h('option', { value: model, selected: true }, model));
  const status = h('span', { class: 'muted live' });
  const header = h('div', { class: 'page-head' },
    h('h1', null, 'Overview'),
    h('div', { class: 'toolbar' },
      h('div', { class: 'seg', role: 'group', 'aria-label': 'window' },
        Object.keys(WINDOWS).map((w) => h('button', { type: 'button', 'aria-pressed': String(w === win), onclick: () => set('window', w) }, w))),
      modelSelect, status));
  const tiles = h('div', { class: 'tiles' });
  const notice = h('div');
  const grid = h('div', { class: 'charts' });
  root.append(h('section', { class: 'page' }, header, notice, tiles, grid));

  const charts = CHARTS.map((c) => {
    const card = h('div', { class: 'card chart-card', dataset: { chart: c.id } },
      h('div', { class: 'card-head' }, h('h3', null, c.title), h('span', { class: 'unit' }, c.unit)));
    if (c.optional) card.hidden = true;
    grid.append(card);
    return { def: c, card, chart: createChart(card, { format: c.format, label: c.title, max1: c.max1 }) };
  });

  let stopped = false;
  let timer = null;
  let models = new Set(model ? [model] : []);

  async function refresh() {
    const t0 = performance.now();
    try {
      const summary = await api('/api/metrics/summary' + qs({ window: win, model }));
      if (stopped) return;
      renderTiles(tiles, summary);
      clear(notice);
      if (!summary.requests && !summary.feedback_up && !summary.feedback_down && !summary.conversions) notice.append(onboarding('No model calls in the last ' + win));
      if (summary.gateway_records_dropped > 0) {
        notice.append(h('div', { class: 'callout warn', role: 'status' },
          h('strong', null, `${fmtNum(summary.gateway_records_dropped)} gateway call records were not stored`),
          ' since glassbox started: the calls were answered, but the pipeline queue was full (',
          h('code', null, 'glassbox_gateway_records_dropped_total'), ' in ', h('a', { href: '/metrics' }, h('code', null, '/metrics')),
          '). Raise ', h('code', null, '[pipeline] ingest_queue'), ' or ', h('code', null, 'workers'), ', or give glassbox more CPU.'));
      }
      await Promise.all(charts.map(async (c) => {
        const results = await Promise.all(c.def.metrics.map(([metric, label]) =>
          api('/api/metrics/timeseries' + qs({ metric, window: win, step, model, group_by: c.def.byModel && !model ? 'model' : '' }))
            .then((ts) => ({ ts, label }))));
        if (stopped) return;
        const series = [];
        let from = 0;
        let to = 0;
        for (const { ts, label } of results) {
          from = ts.from; to = ts.to;
          for (const se of ts.series) {
            if (c.def.byModel && se.group && se.group !== 'all') models.add(se.group);
            const name = label ? (se.group && se.group !== 'all' ? `${se.group} ${label}` : label) : (se.group === 'all' ? (model || 'all models') : se.group || 'unknown');
            series.push({ name, points: ts.series.length ? se.points : [], window: se.window });
          }
        }
        if (c.def.optional) c.card.hidden = !series.some((se) => se.points.some((p) => p.v !== null));
        c.chart.update({ from, to, series });
      }));
      for (const m of models) {
        if (![...modelSelect.options].some((o) => o.value === m)) modelSelect.append(h('option', { value: m }, m));
      }
      status.textContent = `live · updated ${new Date().toLocaleTimeString()} · ${Math.round(performance.now() - t0)} ms`;
    } catch (e) {
      if (stopped) return;
      clear(notice);
      notice.append(errorBox(e, e.status === 404 ? 'This server does not serve /api/metrics yet.' : null));
      status.textContent = 'retrying…';
    }
    if (!stopped) timer = setTimeout(refresh, REFRESH_MS);
  }
  await refresh();
  return () => { stopped = true; clearTimeout(timer); charts.forEach((c) => c.chart.destroy()); };
}

// Answers that came back 200 OK but wrong: refusals, cut-off answers, loops, bad JSON…
// The tile links to the traces of the most frequent flag.
function silentTile(s) {
  const flags = Object.entries(s.answer_flags || {}).sort((a, b) => b[1] - a[1]);
  const sub = flags.length ? flags.slice(0, 3).map(([f, n]) => `${fmtNum(n)} ${f.replace(/_/g, ' ')}`).join(' · ') : 'no flagged answers';
  const rate = s.answer_flag_rate;
  const el = h(flags.length ? 'a' : 'div', {
    class: 'tile silent ' + (rate > 0.05 ? 'bad' : rate > 0 ? 'warn' : ''),
    ...(flags.length ? { href: '/traces' + qs({ flag: flags[0][0] }), 'data-link': true } : {}),
    title: 'Answers behind a 200 OK that a check flagged: refusal, truncated, empty, degenerate, language mismatch, invalid JSON, schema violation, toxic output, PII echo, system prompt leak',
  },
  h('div', { class: 'tile-label' }, 'Silent failures'),
  h('div', { class: 'tile-value' }, fmtPct(rate)),
  h('div', { class: 'tile-sub' }, sub));
  return el;
}

function renderTiles(el, s) {
  const tile = (label, value, sub, cls = '') => h('div', { class: 'tile ' + cls },
    h('div', { class: 'tile-label' }, label), h('div', { class: 'tile-value' }, value), h('div', { class: 'tile-sub' }, sub || '\u00a0'));
  const lat = s.latency_ms || {};
  const ttft = s.ttft_ms || {};
  clear(el).append(
    tile('Requests', fmtNum(s.requests_per_s, 2) + '/s', `${fmtNum(s.requests)} calls`),
    tile('Latency P50', fmtMs(lat.p50), `P99 ${fmtMs(lat.p99)}`),
    tile('TTFT P50', fmtMs(ttft.p50), `P99 ${fmtMs(ttft.p99)}`),
    tile('Error rate', fmtPct(s.error_rate), `${fmtNum(s.errors)} failed`, s.error_rate > 0.05 ? 'bad' : ''),
    tile('Tokens in / out', `${fmtNum(s.input_tokens)} / ${fmtNum(s.output_tokens)}`, `${fmtNum(s.input_tokens_per_min)} / ${fmtNum(s.output_tokens_per_min)} per min`),
    tile('Cache hit rate', fmtPct(s.cache_hit_rate), `${fmtNum(s.cache_hits)} hits`),
    tile('Cost', fmtUsd(s.cost_usd_per_hour) + '/h', s.priced_calls ? `${fmtUsd(s.cost_usd)} for ${fmtNum(s.priced_calls)} priced calls` : 'no priced calls'),
    silentTile(s),
    tile('Safety', fmtNum(s.safety_violations_per_hour) + '/h', `${fmtNum(s.safety_blocks)} blocked, ${fmtNum(s.safety_flags)} flagged`, s.safety_blocks > 0 ? 'warn' : ''),
    tile('Thumbs up', fmtPct(s.thumbs_up_ratio), `${fmtNum(s.feedback_up)} up, ${fmtNum(s.feedback_down)} down`),
    tile('Sessions', fmtNum(s.sessions), s.median_session_length_s !== null && s.median_session_length_s !== undefined
      ? `median ${fmtDuration(s.median_session_length_s * 1e9)}${s.session_source === 'traces' ? ' (from traces)' : ''}` : 'no session ids yet'),
    tile('Conversion', fmtPct(s.conversion_rate), `${fmtNum(s.conversions)} per ${s.conversion_rate_basis === 'sessions' ? fmtNum(s.sessions) + ' sessions' : 'requests'}`),
  );
}
