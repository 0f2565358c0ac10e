// DOM building and formatting helpers shared by every view. No I/O here.

/** Builds an element: h('a', {href, class, onclick}, 'text', child…). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Builds an SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  if (attrs) setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const k in attrs) {
    const v = attrs[k];
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'style') Object.assign(el.style, v);
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** An in-app link (the router intercepts clicks on `data-link`). */
export function link(href, ...children) {
  return h('a', { href, 'data-link': true }, ...children);
}

/** A monospace id. */
export function mono(text, cls = '') {
  return h('code', { class: 'id ' + cls, title: text }, text);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Nanoseconds (number or string) to a short human duration: 850 µs, 12.3 ms, 5.1 s, 2 m 03 s. */
export function fmtDuration(ns) {
  ns = Number(ns);
  if (!Number.isFinite(ns)) return '–';
  if (ns < 1e3) return `${ns} ns`;
  if (ns < 1e6) return `${trim(ns / 1e3)} µs`;
  if (ns < 1e9) return `${trim(ns / 1e6)} ms`;
  if (ns < 60e9) return `${trim(ns / 1e9)} s`;
  const m = Math.floor(ns / 60e9);
  const sec = Math.round((ns - m * 60e9) / 1e9);
  return `${m} m ${String(sec).padStart(2, '0')} s`;
}

/** Milliseconds to a duration. */
export function fmtMs(ms) {
  return ms === null || ms === undefined ? '–' : fmtDuration(ms * 1e6);
}

function trim(x) {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A number with thousands separators, or k/M when large. */
export function fmtNum(x, digits = 2) {
  if (x === null || x === undefined || !Number.isFinite(Number(x))) return '–';
  x = Number(x);
  const a = Math.abs(x);
  if (a >= 1e9) return (x / 1e9).toFixed(1) + 'G';
  if (a >= 1e6) return (x / 1e6).toFixed(1) + 'M';
  if (a >= 1e4) return (x / 1e3).toFixed(1) + 'k';
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  return x.toFixed(a >= 100 ? 0 : a >= 10 ? 1 : digits);
}

/** A ratio (0..1) as a percentage. */
export function fmtPct(r, digits = 1) {
  if (r === null || r === undefined || !Number.isFinite(Number(r))) return '–';
  return (Number(r) * 100).toFixed(digits) + '%';
}

export function fmtBytes(n) {
  n = Number(n);
  if (!Number.isFinite(n)) return '–';
  if (n < 1024) return n + ' B';
  if (n < 1 << 20) return (n / 1024).toFixed(1) + ' KiB';
  return (n / (1 << 20)).toFixed(1) + ' MiB';
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** Unix ns to local `2024-05-01 14:03:22.123`. */
export function fmtTime(ns, withDate = true) {
  const ms = Number(ns) / 1e6;
  if (!Number.isFinite(ms) || ms <= 0) return '–';
  const d = new Date(ms);
  const t = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
  return withDate ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${t}` : t;
}

/** Unix ns to "3 m ago". */
export function fmtAgo(ns) {
  const sec = (Date.now() - Number(ns) / 1e6) / 1e3;
  if (!Number.isFinite(sec)) return '';
  if (sec < 0) return 'just now';
  if (sec < 60) return `${Math.round(sec)} s ago`;
  if (sec < 3600) return `${Math.round(sec / 60)} m ago`;
  if (sec < 86400) return `${Math.round(sec / 3600)} h ago`;
  return `${Math.round(sec / 86400)} d ago`;
}

/** An inline error box with the API's message. */
export function errorBox(err, hint) {
  const status = err && err.status ? `${err.status} ` : '';
  const param = err && err.param ? ` (parameter ${err.param})` : '';
  return h('div', { class: 'callout error', role: 'alert' },
    h('strong', null, `${status}${err && err.message ? err.message : String(err)}`), param,
    hint ? h('div', { class: 'hint' }, hint) : null);
}

/** A value from an attribute map, as text. */
export function attrText(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

/** A pretty, syntax-coloured JSON block (built from text nodes: never HTML). */
export function jsonBlock(value) {
  const pre = h('pre', { class: 'json' });
  const frag = document.createDocumentFragment();
  const walk = (v, indent) => {
    const padStr = '  '.repeat(indent);
    if (v === null) frag.append(h('span', { class: 'j-null' }, 'null'));
    else if (Array.isArray(v)) {
      if (!v.length) { frag.append('[]'); return; }
      frag.append('[\n');
      v.forEach((x, i) => { frag.append(padStr + '  '); walk(x, indent + 1); frag.append(i < v.length - 1 ? ',\n' : '\n'); });
      frag.append(padStr + ']');
    } else if (typeof v === 'object') {
      const keys = Object.keys(v);
      if (!keys.length) { frag.append('{}'); return; }
      frag.append('{\n');
      keys.forEach((k, i) => {
        frag.append(padStr + '  ', h('span', { class: 'j-key' }, JSON.stringify(k)), ': ');
        walk(v[k], indent + 1);
        frag.append(i < keys.length - 1 ? ',\n' : '\n');
      });
      frag.append(padStr + '}');
    } else if (typeof v === 'string') frag.append(h('span', { class: 'j-str' }, JSON.stringify(v)));
    else frag.append(h('span', { class: 'j-num' }, String(v)));
  };
  walk(value, 0);
  pre.append(frag);
  return pre;
}

/** Query string from an object, skipping empty values. */
export function qs(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
  const s = p.toString();
  return s ? '?' + s : '';
}

/** Copies text to the clipboard, with a short confirmation on the button. */
export function copyButton(text, label = 'Copy') {
  const b = h('button', { type: 'button', class: 'small', title: 'Copy to clipboard' }, label);
  b.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(text); b.textContent = 'Copied'; } catch { b.textContent = 'Select and copy'; }
    setTimeout(() => { b.textContent = label; }, 1500);
  });
  return b;
}

/** Debounce. */
export function debounce(fn, ms) {
  let t;
  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms); };
}

/** US dollars: cents for sums of a dollar or more, four significant digits below. */
export function fmtUsd(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (v === 0) return '$0';
  if (Math.abs(v) >= 1) return '$' + v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return '$' + Number(v.toPrecision(3)).toString();
}

/** The answer-health flags, in the order the API lists them. */
export const ANSWER_FLAGS = ['refusal', 'truncated', 'empty', 'degenerate', 'language_mismatch', 'invalid_json', 'schema_violation', 'toxic_output', 'pii_echo', 'system_prompt_leak'];

/** A `<select>` of answer-health flags named `flag` ("Any answer" first). */
export function flagSelect(selected) {
  return h('select', { name: 'flag', title: 'Answers a check flagged behind a 200 OK' }, [['', 'Any answer'], ...ANSWER_FLAGS.map((f) => [f, f.replace(/_/g, ' ')])]
    .map(([v, l]) => h('option', { value: v, selected: (selected || '') === v }, l)));
}

/** Export controls for a list: a format select and a button that downloads everything
 *  `filters` match from `/api/export/{kind}` (streamed by the server, no page limit). */
export function exportControl(kind, filters, download) {
  const format = h('select', { 'aria-label': 'export format', class: 'export-format' },
    [['jsonl', 'JSONL'], ['csv', 'CSV'], ['otlp', 'OTLP/JSON']].map(([v, l]) => h('option', { value: v }, l)));
  const note = h('span', { class: 'muted small', role: 'status' });
  const button = h('button', { type: 'button', class: 'export-button', title: `Download every ${kind === 'traces' ? 'span of every trace' : 'record'} these filters match` }, 'Export');
  button.addEventListener('click', async () => {
    button.disabled = true;
    note.textContent = 'Exporting…';
    try {
      const { filename, bytes } = await download(`/api/export/${kind}` + qs({ ...filters, format: format.value }));
      note.textContent = `${filename} (${fmtBytes(bytes)})`;
    } catch (e) {
      note.textContent = 'Export failed: ' + e.message;
    }
    button.disabled = false;
  });
  return h('span', { class: 'export' }, format, button, note);
}

/** Thumbs up and down counts, or a dash. */
export function feedbackCell(up, down) {
  if (!up && !down) return h('span', { class: 'muted' }, '–');
  return h('span', { class: 'nowrap', title: `${up || 0} thumbs up, ${down || 0} thumbs down` },
    up ? h('span', { class: 'fb-up' }, `↑ ${up}`) : '', up && down ? ' ' : '', down ? h('span', { class: 'fb-down' }, `↓ ${down}`) : '');
}
