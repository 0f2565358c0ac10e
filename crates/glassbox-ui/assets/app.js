// The app shell: client-side routing with the History API, the top bar's investigate box
// and view lifecycle (each view returns a cleanup that stops its timers).

import { h, clear, errorBox } from './util.js';
import { api, currentProject, setProject, signedIn, signOut } from './api.js';
import * as overview from './views/overview.js';
import * as traces from './views/traces.js';
import * as trace from './views/trace.js';
import * as compare from './views/compare.js';
import * as logs from './views/logs.js';
import * as sessions from './views/sessions.js';
import * as topics from './views/topics.js';
import * as session from './views/session.js';
import * as investigate from './views/investigate.js';
import * as privacy from './views/privacy.js';

const ROUTES = [
  { re: /^\/$/, view: overview, nav: 'overview', title: 'Overview' },
  { re: /^\/traces\/?$/, view: traces, nav: 'traces', title: 'Traces' },
  { re: /^\/traces\/([^/]+)$/, view: trace, nav: 'traces', title: 'Trace' },
  { re: /^\/compare\/?$/, view: compare, nav: 'traces', title: 'Compare' },
  { re: /^\/logs\/?$/, view: logs, nav: 'logs', title: 'Logs' },
  { re: /^\/sessions\/?$/, view: sessions, nav: 'sessions', title: 'Sessions' },
  { re: /^\/sessions\/(.+)$/, view: session, nav: 'sessions', title: 'Session' },
  { re: /^\/topics\/?$/, view: topics, nav: 'topics', title: 'Topics' },
  { re: /^\/investigate\/?(.*)$/, view: investigate, nav: null, title: 'Investigate' },
  { re: /^\/privacy\/?$/, view: privacy, nav: 'privacy', title: 'Privacy' },
];

const root = document.getElementById('app');
let cleanup = null;
let renderSeq = 0;

/** Navigates to an in-app URL. `replace` keeps history clean for filter changes. */
export function navigate(url, { replace = false } = {}) {
  const target = new URL(url, location.origin);
  const same = target.pathname === location.pathname;
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  render(same && replace);
}

async function render(soft = false) {
  const seq = ++renderSeq;
  const path = location.pathname;
  const route = ROUTES.find((r) => r.re.test(path));
  if (cleanup) { try { cleanup(); } catch { /* a view's cleanup must not break routing */ } cleanup = null; }
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (route && a.dataset.nav === route.nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  clear(root);
  if (!route) {
    root.append(h('section', { class: 'page' }, h('h1', null, 'Not found'),
      h('p', null, 'No view lives at ', h('code', null, path), '. ', h('a', { href: '/', 'data-link': true }, 'Go to the overview'), '.')));
    return;
  }
  const m = path.match(route.re);
  const params = m.slice(1).map((x) => decodeURIComponent(x || ''));
  const query = new URLSearchParams(location.search);
  document.title = `${route.title} · glassbox`;
  try {
    const c = await route.view.render(root, { params, query, navigate, soft, isCurrent: () => seq === renderSeq });
    if (seq === renderSeq) cleanup = c || null;
    else if (c) c();
  } catch (e) {
    if (seq === renderSeq) root.append(h('section', { class: 'page' }, errorBox(e)));
  }
  if (!soft && seq === renderSeq && !root.contains(document.activeElement)) root.focus({ preventScroll: true });
}

// In-app links: plain left clicks on same-origin `data-link` anchors.
document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = ev.target.closest && ev.target.closest('a[data-link]');
  if (!a || a.target || new URL(a.href).origin !== location.origin) return;
  ev.preventDefault();
  navigate(a.href);
});

window.addEventListener('popstate', () => render());

// The investigate box in the top bar.
const form = document.getElementById('investigate-form');
const input = document.getElementById('investigate-input');
form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const id = input.value.trim();
  if (id) navigate('/investigate/' + encodeURIComponent(id));
});
document.addEventListener('keydown', (ev) => {
  const tag = document.activeElement && document.activeElement.tagName;
  if (ev.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(tag)) {
    ev.preventDefault();
    input.focus();
    input.select();
  }
});

// Sign out: shown while a token is kept in this tab.
const signOutButton = document.getElementById('sign-out');
const showAuth = () => { signOutButton.hidden = !signedIn(); };
window.addEventListener('glassbox:auth', showAuth);
signOutButton.addEventListener('click', () => {
  signOut();
  render();
});
showAuth();

// The project switcher: the projects the token may read (from /api/projects). Shown
// when there is more than one to choose from; the choice names the project on every
// request (`x-glassbox-project`) until the tab closes or signs out.
const projectLabel = document.getElementById('project-switch-label');
const projectSelect = document.getElementById('project-switch');
async function loadProjects() {
  let info;
  try {
    // Asked without the chosen project: the list is the token's, not the choice's.
    info = await api('/api/projects', { project: false });
  } catch {
    projectLabel.hidden = true;
    return;
  }
  const names = info.projects || [];
  clear(projectSelect);
  const options = [];
  if (names.length > 1) options.push(['', info.all ? 'All projects' : 'All my projects']);
  for (const n of names) options.push([n, n]);
  for (const [value, text] of options) projectSelect.append(h('option', { value }, text));
  const chosen = currentProject();
  if (chosen && !names.includes(chosen)) setProject('');
  projectSelect.value = names.includes(chosen) ? chosen : (options[0] ? options[0][0] : '');
  projectLabel.hidden = options.length < 2;
}
projectSelect.addEventListener('change', () => {
  setProject(projectSelect.value);
  render();
});
window.addEventListener('glassbox:auth', () => { loadProjects(); });
loadProjects();

render();
