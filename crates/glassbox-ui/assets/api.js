// The one way the UI talks to glassbox: GET /api/… with the bearer token when one is set.
// On 401 it asks for a token (scope `read`), keeps it in sessionStorage only and retries.
// The page and its assets load without a token; only the data needs one.

const TOKEN_KEY = 'glassbox.token';
const PROJECT_KEY = 'glassbox.project';

/** An error answered by the API, with its message, HTTP status and the parameter at fault. */
export class ApiError extends Error {
  constructor(message, status, param) {
    super(message);
    this.status = status;
    this.param = param;
  }
}

let pendingToken = null;

/** True when a token is kept in this tab. */
export function signedIn() {
  return !!sessionStorage.getItem(TOKEN_KEY);
}

/** Forgets the token kept in this tab (and the project chosen with it). */
export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(PROJECT_KEY);
  window.dispatchEvent(new Event('glassbox:auth'));
}

/** The project this tab looks at; '' for every project the token may read. */
export function currentProject() {
  return sessionStorage.getItem(PROJECT_KEY) || '';
}

/** Looks at one project ('' for all of the token's): every request then names it. */
export function setProject(name) {
  if (name) sessionStorage.setItem(PROJECT_KEY, name);
  else sessionStorage.removeItem(PROJECT_KEY);
  window.dispatchEvent(new Event('glassbox:project'));
}

/** A 403 about projects (a route not limited by project, a project the token lacks) is
 * an answer to show, not a reason to ask for another token. */
function aboutProjects(status, message) {
  return status === 403 && /project/.test(message || '');
}

function askForToken(message) {
  if (pendingToken) return pendingToken;
  const dialog = document.getElementById('token-dialog');
  const form = document.getElementById('token-form');
  const input = document.getElementById('token-input');
  const err = document.getElementById('token-error');
  err.hidden = !message;
  err.textContent = message || '';
  input.value = '';
  pendingToken = new Promise((resolve) => {
    const done = (ev) => {
      ev.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      sessionStorage.setItem(TOKEN_KEY, token);
      window.dispatchEvent(new Event('glassbox:auth'));
      form.removeEventListener('submit', done);
      dialog.close();
      pendingToken = null;
      resolve(token);
    };
    form.addEventListener('submit', done);
    dialog.showModal();
    input.focus();
  });
  return pendingToken;
}

async function request(path, kind, { project = true } = {}) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers = { accept: kind === 'json' ? 'application/json' : '*/*' };
    if (token) headers.authorization = `Bearer ${token}`;
    const chosen = project ? currentProject() : '';
    if (chosen) headers['x-glassbox-project'] = chosen;
    let res;
    try {
      res = await fetch(path, { headers, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(`cannot reach glassbox at ${location.origin}: ${e.message}`, 0);
    }
    if (res.status === 401 || res.status === 403) {
      const body = await res.json().catch(() => null);
      const msg = body && body.error && body.error.message;
      if (aboutProjects(res.status, msg)) throw new ApiError(msg, 403, 'x-glassbox-project');
      sessionStorage.removeItem(TOKEN_KEY);
      await askForToken(token ? (msg || 'That token was refused. Try another one with the read scope.') : null);
      continue;
    }
    if (!res.ok) {
      const text = await res.text();
      let body = null;
      try { body = JSON.parse(text); } catch { /* not JSON */ }
      const e = body && body.error;
      const message = (e && (e.message || (typeof e === 'string' ? e : ''))) || text.trim().slice(0, 300) || res.statusText;
      throw new ApiError(message, res.status, e && e.param);
    }
    if (kind === 'blob') {
      const disposition = res.headers.get('content-disposition') || '';
      const m = disposition.match(/filename="([^"]+)"/);
      return { blob: await res.blob(), filename: m ? m[1] : 'glassbox-export' };
    }
    return kind === 'text' ? res.text() : res.json();
  }
  throw new ApiError('not signed in', 401);
}

/** GET a JSON document from the API (`{project: false}`: for every project the token
 * may read, whichever one the tab looks at). */
export function api(path, opts) {
  return request(path, 'json', opts);
}

/** GET a document as text (blobs). */
export function apiText(path) {
  return request(path, 'text');
}

/** Downloads what an export route streams, as a file named by the server. */
export async function download(path) {
  const { blob, filename } = await request(path, 'blob');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return { filename, bytes: blob.size };
}
