// glassbox's own small SVG line chart: time axis, value axis with units, legend, and a
// hover tooltip with every series' value at the nearest bucket. Series colours come from
// CSS classes (s0…s7), so themes apply without re-rendering.

import { h, s, clear } from './util.js';

const M = { left: 52, right: 12, top: 10, bottom: 22 };
const HEIGHT = 170;

/**
 * Creates a chart inside `container`.
 * opts.format(v) formats a value for ticks and tooltips; opts.min0 anchors the axis at 0.
 * Returns { update(data) } where data = { from, to, series: [{ name, points: [{ t, v }] }] } (t in Unix s).
 */
export function createChart(container, opts = {}) {
  const format = opts.format || ((v) => String(v));
  const wrap = h('div', { class: 'chart' });
  const svg = s('svg', { class: 'chart-svg', role: 'img', 'aria-label': opts.label || 'chart' });
  const tip = h('div', { class: 'chart-tip', hidden: true });
  const legend = h('div', { class: 'legend' });
  wrap.append(svg, tip, legend);
  container.append(wrap);
  let data = null;
  let width = 0;

  function draw() {
    clear(svg);
    width = Math.max(240, wrap.clientWidth || 400);
    svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    svg.setAttribute('width', width);
    svg.setAttribute('height', HEIGHT);
    if (!data) return;
    const { from, to } = data;
    const series = data.series || [];
    const iw = width - M.left - M.right;
    const ih = HEIGHT - M.top - M.bottom;
    let lo = Infinity;
    let hi = -Infinity;
    for (const se of series) for (const p of se.points) if (p.v !== null && p.v !== undefined) { lo = Math.min(lo, p.v); hi = Math.max(hi, p.v); }
    const empty = !Number.isFinite(lo);
    if (empty) { lo = 0; hi = 1; }
    if (opts.min0 !== false) lo = Math.min(0, lo);
    if (opts.max1 && hi <= 1) hi = 1;
    if (hi === lo) hi = lo + 1;
    const yt = niceTicks(lo, hi, 4);
    lo = yt[0];
    hi = yt[yt.length - 1];
    const x = (t) => M.left + ((t - from) / Math.max(1, to - from)) * iw;
    const y = (v) => M.top + ih - ((v - lo) / (hi - lo)) * ih;
    const frag = document.createDocumentFragment();
    // Grid and value axis.
    for (const v of yt) {
      const yy = Math.round(y(v)) + 0.5;
      frag.append(s('line', { class: 'grid', x1: M.left, x2: width - M.right, y1: yy, y2: yy }));
      frag.append(s('text', { class: 'tick', x: M.left - 6, y: yy + 3.5, 'text-anchor': 'end' }, format(v)));
    }
    // Time axis.
    for (const t of timeTicks(from, to, iw)) {
      const xx = Math.round(x(t)) + 0.5;
      frag.append(s('line', { class: 'axis', x1: xx, x2: xx, y1: M.top + ih, y2: M.top + ih + 4 }));
      frag.append(s('text', { class: 'tick', x: xx, y: HEIGHT - 6, 'text-anchor': 'middle' }, timeLabel(t, to - from)));
    }
    frag.append(s('line', { class: 'axis', x1: M.left, x2: width - M.right, y1: M.top + ih + 0.5, y2: M.top + ih + 0.5 }));
    if (empty) {
      frag.append(s('text', { class: 'empty-label', x: M.left + iw / 2, y: M.top + ih / 2, 'text-anchor': 'middle' }, 'no data in this window'));
    }
    // Lines (broken where a bucket has no value).
    series.forEach((se, i) => {
      let d = '';
      let pen = false;
      const pts = se.points;
      for (let j = 0; j < pts.length; j++) {
        const p = pts[j];
        if (p.v === null || p.v === undefined) { pen = false; continue; }
        const px = x(p.t).toFixed(1);
        const py = y(p.v).toFixed(1);
        const lone = !pen && (j + 1 >= pts.length || pts[j + 1].v === null || pts[j + 1].v === undefined);
        if (lone) frag.append(s('circle', { class: `dot s${i % 8}`, cx: px, cy: py, r: 2 }));
        d += (pen ? 'L' : 'M') + px + ' ' + py;
        pen = true;
      }
      if (d) frag.append(s('path', { class: `line s${i % 8}`, d }));
    });
    const hover = s('g', { class: 'hover' });
    frag.append(hover);
    const overlay = s('rect', { class: 'overlay', x: M.left, y: M.top, width: iw, height: ih });
    frag.append(overlay);
    svg.append(frag);

    const times = [];
    for (const se of series) for (const p of se.points) times.push(p.t);
    const uniq = [...new Set(times)].sort((a, b) => a - b);
    const move = (ev) => {
      if (!uniq.length) return;
      const rect = svg.getBoundingClientRect();
      const px = ((ev.clientX - rect.left) / rect.width) * width;
      const t = from + ((px - M.left) / iw) * (to - from);
      let best = uniq[0];
      for (const u of uniq) if (Math.abs(u - t) < Math.abs(best - t)) best = u;
      clear(hover);
      const hx = x(best);
      hover.append(s('line', { class: 'rule', x1: hx, x2: hx, y1: M.top, y2: M.top + ih }));
      const rows = [];
      series.forEach((se, i) => {
        const p = se.points.find((q) => q.t === best);
        const v = p ? p.v : null;
        if (v !== null && v !== undefined) hover.append(s('circle', { class: `dot s${i % 8}`, cx: hx, cy: y(v), r: 3 }));
        rows.push(h('div', { class: 'tip-row' }, h('span', { class: `swatch s${i % 8}` }), h('span', { class: 'tip-name' }, se.name),
          h('span', { class: 'tip-val' }, v === null || v === undefined ? '–' : format(v))));
      });
      clear(tip);
      tip.append(h('div', { class: 'tip-time' }, new Date(best * 1000).toLocaleString()), ...rows);
      tip.hidden = false;
      const left = (hx / width) * rect.width;
      tip.style.left = `${Math.min(left + 12, rect.width - 180)}px`;
      tip.style.top = '8px';
    };
    overlay.addEventListener('mousemove', move);
    overlay.addEventListener('mouseleave', () => { clear(hover); tip.hidden = true; });

    clear(legend);
    // The legend shows each series over the whole window (the statistic the tile beside
    // the chart shows); hovering shows one bucket.
    series.forEach((se, i) => {
      const v = se.window;
      legend.append(h('span', { class: 'legend-item', title: 'over the whole window' }, h('span', { class: `swatch s${i % 8}` }), se.name,
        h('span', { class: 'muted' }, v !== null && v !== undefined ? ' ' + format(v) : '')));
    });
  }

  let lastWidth = 0;
  const ro = new ResizeObserver(() => {
    const w = wrap.clientWidth;
    if (Math.abs(w - lastWidth) > 2) { lastWidth = w; draw(); }
  });
  ro.observe(wrap);

  return {
    update(d) { data = d; draw(); },
    destroy() { ro.disconnect(); },
  };
}

/** About `n` round tick values covering [lo, hi]. */
export function niceTicks(lo, hi, n) {
  const raw = (hi - lo) / n;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((st) => st >= raw) || 10 * mag;
  const start = Math.floor(lo / step) * step;
  const ticks = [];
  for (let v = start; v <= hi + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function timeTicks(from, to, pixels) {
  const span = to - from;
  const steps = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];
  const maxTicks = Math.max(2, Math.floor(pixels / 70));
  const step = steps.find((st) => span / st <= maxTicks) || 86400 * Math.ceil(span / 86400 / maxTicks);
  const tz = new Date().getTimezoneOffset() * 60;
  const out = [];
  for (let t = Math.ceil((from - tz) / step) * step + tz; t <= to; t += step) out.push(t);
  return out;
}

function timeLabel(t, span) {
  const d = new Date(t * 1000);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (span > 2 * 86400) return d.getHours() === 0 && d.getMinutes() === 0
    ? d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' }) : hm;
  return hm;
}
