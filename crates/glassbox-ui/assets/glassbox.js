/* glassbox.js: the browser end of the golden thread. No dependencies.
 *
 *   glassbox.init({ endpoint, service, key, allowedOrigins })
 *   glassbox.correlationId()            the id to show users ("Reference: web-7f3a9c…")
 *   glassbox.newInteraction(name)       start an interaction (also on load, clicks, submits)
 *   glassbox.feedback(value, comment)   thumbs up/down (or a number) on this interaction
 *   glassbox.track(event, properties)   a business event on this interaction
 *     (both take a last `{correlationId}` to speak of an earlier interaction)
 *   data-glassbox-ignore on an element: clicks in it start no interaction
 *   glassbox.flush()                    send what is queued now
 *
 * One correlation id per user interaction and one session id per tab. fetch and
 * XMLHttpRequest calls to allowed origins carry `traceparent`, `baggage`
 * (correlation.id, session.id) and `x-correlation-id`; other origins are untouched.
 * Spans (the interaction, page load timings, each fetch with its timing and status) go
 * to `/v1/traces` as OTLP/JSON in batches, and by `navigator.sendBeacon` when the page
 * is hidden. Nothing the user types is read: request bodies and URL queries are never
 * recorded. */
var glassbox = (function () {
  'use strict';
  var VERSION = '0.1.0';
  var W = typeof window !== 'undefined' ? window : self;
  var cfg = null;
  var queue = [];
  var timer = 0;
  var session = '';
  var current = null;
  var pending = 0;
  var idle = 0;
  var origFetch = W.fetch;
  var XHR = W.XMLHttpRequest;
  var defaultEndpoint = '';

  // Random ids from a pool refilled 4 KB at a time: one getRandomValues call per ~500 ids.
  var pool = new Uint8Array(4096);
  var poolAt = pool.length;
  var HEX = [];
  for (var x = 0; x < 256; x++) HEX.push((x < 16 ? '0' : '') + x.toString(16));
  function hex(bytes) {
    if (poolAt + bytes > pool.length) {
      (W.crypto || W.msCrypto).getRandomValues(pool);
      poolAt = 0;
    }
    var s = '';
    for (var i = 0; i < bytes; i++) s += HEX[pool[poolAt++]];
    return s;
  }
  function origin0() {
    var p = W.performance;
    return (p && (p.timeOrigin || (p.timing && p.timing.navigationStart))) || Date.now();
  }
  function now() {
    var p = W.performance;
    return p && p.now ? origin0() + p.now() : Date.now();
  }
  // Milliseconds (with a fraction) as a decimal string of nanoseconds: exact, where
  // multiplying by 1e6 would lose digits past 2^53.
  function nanos(ms) {
    var whole = Math.floor(ms);
    var frac = String(Math.floor((ms - whole) * 1e6));
    return String(whole) + '000000'.slice(frac.length) + frac;
  }
  function attrs(o) {
    var out = [];
    for (var k in o) {
      var v = o[k];
      if (v === undefined || v === null || v === '') continue;
      var val = typeof v === 'number'
        ? (v % 1 === 0 ? { intValue: String(v) } : { doubleValue: v })
        : typeof v === 'boolean' ? { boolValue: v } : { stringValue: String(v) };
      out.push({ key: k, value: val });
    }
    return out;
  }
  // `{origin, pathname, hostname}` of a request URL; paths and absolute http(s) URLs
  // without the cost of a URL object (this runs on every fetch).
  var ABS = /^(https?:\/\/([^\/?#@]+))([^?#]*)/i;
  function parse(url) {
    var loc = W.location;
    if (url.charAt(0) === '/' && url.charAt(1) !== '/' && loc) {
      var end = url.search(/[?#]/);
      return { origin: loc.origin, hostname: loc.hostname, pathname: end < 0 ? url : url.slice(0, end) };
    }
    var m = ABS.exec(url);
    if (m) return { origin: m[1].toLowerCase(), hostname: m[2].toLowerCase().replace(/:\d+$/, ''), pathname: m[3] || '/' };
    try { return new URL(url, loc && loc.href); } catch (e) { return null; }
  }

  function sessionId() {
    if (session) return session;
    var k = 'glassbox.session';
    try { session = W.sessionStorage.getItem(k) || ''; } catch (e) { /* storage off */ }
    if (!session) {
      session = 'sess-' + hex(8);
      try { W.sessionStorage.setItem(k, session); } catch (e) { /* storage off */ }
    }
    return session;
  }

  function span(it, name, kind, start, a) {
    return { it: it, name: name, kind: kind, id: hex(8), start: start, end: 0, a: a || {}, status: 0, msg: '' };
  }
  function emit(s) {
    var it = s.it;
    var a = s.a;
    a['correlation.id'] = it.cid;
    a['session.id'] = sessionId();
    queue.push({
      traceId: it.trace,
      spanId: s.id,
      parentSpanId: s === it.root ? '' : it.root.id,
      name: s.name,
      kind: s.kind,
      startTimeUnixNano: nanos(s.start),
      endTimeUnixNano: nanos(Math.max(s.end, s.start)),
      attributes: attrs(a),
      status: s.status ? { code: s.status, message: s.msg } : {}
    });
    if (queue.length >= (cfg ? cfg.batch : 50)) flush();
    else if (!timer) timer = setTimeout(flush, cfg ? cfg.interval : 2000);
  }

  /** Start a new interaction: a new correlation id and trace, `name` on its root span. */
  function newInteraction(name, at) {
    finish();
    var start = at === undefined ? now() : at;
    var it = { cid: 'web-' + hex(8), trace: hex(16), name: String(name || 'interaction'), last: start };
    it.root = span(it, it.name, 1, start, { 'glassbox.interaction': it.name, 'url.path': W.location && W.location.pathname });
    current = it;
    return it.cid;
  }
  // The open interaction's root span ends at its last activity.
  function finish() {
    var it = current;
    if (!it) return;
    current = null;
    it.root.end = it.last;
    if (it.load) it.root.a = Object.assign(it.root.a, it.load);
    emit(it.root);
  }
  function interaction() {
    if (!current) newInteraction('activity');
    return current;
  }
  // An interaction with nothing in flight for 3 s is complete. One timer at a time,
  // re-armed for the rest of the wait when there was activity since it was set.
  function touch(t) {
    if (current && t > current.last) current.last = t;
    if (!idle) idle = setTimeout(checkIdle, 3000);
  }
  function checkIdle() {
    idle = 0;
    if (!current) return;
    var quiet = now() - current.last;
    if (pending || quiet < 3000) idle = setTimeout(checkIdle, pending ? 3000 : 3000 - quiet);
    else finish();
  }

  function allowed(u) {
    if (!cfg || !u) return false;
    if (u.origin === cfg.endpointOrigin && /^\/(v1\/traces|api\/(events|feedback))\/?$/.test(u.pathname)) return false;
    for (var i = 0; i < cfg.origins.length; i++) if (cfg.origins[i] === u.origin) return true;
    return false;
  }
  function headersFor(it, s) {
    var cid = it.cid;
    return {
      traceparent: '00-' + it.trace + '-' + s.id + '-01',
      baggage: 'correlation.id=' + encodeURIComponent(cid) + ',session.id=' + encodeURIComponent(sessionId()),
      'x-correlation-id': cid
    };
  }
  function startFetch(method, u) {
    var it = interaction();
    pending++;
    return span(it, method + ' ' + u.pathname, 3, now(), {
      'http.request.method': method,
      'url.full': u.origin + u.pathname,
      'server.address': u.hostname
    });
  }
  function endFetch(s, status, err) {
    pending = Math.max(0, pending - 1);
    s.end = now();
    if (status) s.a['http.response.status_code'] = status;
    if (err || status >= 500) {
      s.status = 2;
      s.msg = err ? 'network error: ' + (err.name || 'failed') : 'HTTP ' + status;
      if (err) s.a['error.type'] = err.name || 'failed';
    }
    touch(s.end);
    emit(s);
  }

  function patchFetch() {
    if (!origFetch || W.fetch.__glassbox) return;
    var wrapped = function (input, init) {
      var isReq = typeof Request !== 'undefined' && input instanceof Request;
      var u = parse(isReq ? input.url : String(input));
      if (!allowed(u)) return origFetch.apply(this, arguments);
      var method = String((init && init.method) || (isReq ? input.method : 'GET')).toUpperCase();
      var s = startFetch(method, u);
      var add = headersFor(s.it, s);
      var given = (init && init.headers) || (isReq ? input.headers : undefined);
      var h;
      if (!given || (typeof given === 'object' && Object.getPrototypeOf(given) === Object.prototype)) {
        // A plain object (the usual case): copied, ours added, no Headers object needed.
        h = {};
        for (var g in given) if (!(g.toLowerCase() in add)) h[g] = given[g];
        for (var k in add) h[k] = add[k];
      } else {
        h = new Headers(given);
        for (var k2 in add) h.set(k2, add[k2]);
      }
      var opts = Object.assign({}, init, { headers: h });
      return origFetch.call(this, input, opts).then(function (res) {
        endFetch(s, res.status);
        return res;
      }, function (err) {
        endFetch(s, 0, err || { name: 'failed' });
        throw err;
      });
    };
    wrapped.__glassbox = true;
    W.fetch = wrapped;
  }
  function patchXHR() {
    if (!XHR || XHR.prototype.__glassbox) return;
    var open = XHR.prototype.open;
    var send = XHR.prototype.send;
    XHR.prototype.__glassbox = true;
    XHR.prototype.open = function (method, url) {
      this.__gb = { method: String(method || 'GET').toUpperCase(), u: parse(String(url)) };
      return open.apply(this, arguments);
    };
    XHR.prototype.send = function () {
      var m = this.__gb;
      if (m && allowed(m.u)) {
        var s = startFetch(m.method, m.u);
        var add = headersFor(s.it, s);
        for (var k in add) this.setRequestHeader(k, add[k]);
        var x = this;
        this.addEventListener('loadend', function () {
          endFetch(s, x.status, x.status ? null : { name: 'failed' });
        });
      }
      return send.apply(this, arguments);
    };
  }

  function body() {
    var res = { 'service.name': cfg.service, 'telemetry.sdk.name': 'glassbox.js', 'telemetry.sdk.language': 'webjs', 'telemetry.sdk.version': VERSION };
    if (W.navigator) res['user_agent.original'] = W.navigator.userAgent;
    var spans = queue;
    queue = [];
    return JSON.stringify({ resourceSpans: [{ resource: { attributes: attrs(res) }, scopeSpans: [{ scope: { name: 'glassbox.js', version: VERSION }, spans: spans }] }] });
  }
  /** Send what is queued; resolves when glassbox has answered (or at once when nothing is queued). */
  function flush(beacon) {
    clearTimeout(timer);
    timer = 0;
    if (!cfg || !queue.length) return Promise.resolve();
    var data = body();
    var url = cfg.endpoint + '/v1/traces';
    if (beacon === true && W.navigator && W.navigator.sendBeacon) {
      // A beacon has no headers: the key rides in the query, the body as text/plain.
      var q = cfg.key ? '?glassbox_key=' + encodeURIComponent(cfg.key) : '';
      if (W.navigator.sendBeacon(url + q, data)) return Promise.resolve();
    }
    var h = { 'content-type': 'application/json' };
    if (cfg.key) h['x-glassbox-token'] = cfg.key;
    return origFetch.call(W, url, { method: 'POST', headers: h, body: data, keepalive: data.length < 60000 })
      .then(function () {}, function () {});
  }
  function post(path, payload, opts) {
    if (!cfg) return Promise.reject(new Error('glassbox.init() first'));
    var id = opts && opts.correlationId;
    var it = id ? null : interaction();
    payload.correlation_id = id || it.cid;
    payload.session_id = sessionId();
    if (it) payload.trace_id = it.trace;
    var h = { 'content-type': 'application/json' };
    if (cfg.key) h['x-glassbox-token'] = cfg.key;
    return origFetch.call(W, cfg.endpoint + path, { method: 'POST', headers: h, body: JSON.stringify(payload), keepalive: true })
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error('glassbox ' + path + ': ' + r.status + ' ' + t); });
        return r.json();
      });
  }

  function onClick(e) {
    var el = e.target && e.target.closest && e.target.closest('button,a,input[type=submit],input[type=button],[role=button],[data-glassbox-name]');
    if (!el || el.closest('[data-glassbox-ignore]')) return;
    var name = el.getAttribute('data-glassbox-name') || (el.id ? '#' + el.id : el.tagName.toLowerCase());
    newInteraction('click ' + name);
  }
  function onSubmit(e) {
    var f = e.target;
    // The click on the submit button already started this interaction.
    if (current && now() - current.root.start < 200) return;
    newInteraction('submit ' + (f && (f.getAttribute('data-glassbox-name') || (f.id ? '#' + f.id : 'form'))));
  }
  function pageLoad() {
    var t0 = origin0();
    newInteraction('page load', t0);
    var nav = W.performance && W.performance.getEntriesByType && W.performance.getEntriesByType('navigation')[0];
    var it = current;
    function record() {
      nav = nav || (W.performance && W.performance.getEntriesByType && W.performance.getEntriesByType('navigation')[0]);
      if (!nav || it !== current) return;
      it.load = {
        'browser.ttfb_ms': Math.round(nav.responseStart - nav.startTime),
        'browser.dom_content_loaded_ms': Math.round(nav.domContentLoadedEventEnd - nav.startTime),
        'browser.load_ms': Math.round(nav.loadEventEnd - nav.startTime)
      };
      touch(t0 + Math.max(nav.loadEventEnd, nav.domContentLoadedEventEnd));
    }
    if (W.document && W.document.readyState === 'complete') setTimeout(record, 0);
    else W.addEventListener('load', function () { setTimeout(record, 0); });
  }

  /** Configure and start. `endpoint`: glassbox's base URL (default: where this script
   * came from); `key`: a browser key (scope ingest-browser); `allowedOrigins`: origins whose
   * requests carry the ids (default: this page's origin). */
  function init(o) {
    o = o || {};
    if (cfg) return api;
    var endpoint = String(o.endpoint || defaultEndpoint || (W.location && W.location.origin) || '').replace(/\/+$/, '');
    var eu = parse(endpoint);
    var origins = (o.allowedOrigins || [W.location && W.location.origin]).map(function (x) {
      var p = parse(String(x));
      return p ? p.origin : String(x);
    });
    cfg = {
      endpoint: endpoint,
      endpointOrigin: eu ? eu.origin : '',
      service: String(o.service || 'web'),
      key: o.key || '',
      origins: origins,
      batch: o.maxBatch || 50,
      interval: o.flushIntervalMs || 2000
    };
    patchFetch();
    patchXHR();
    if (W.document) {
      W.document.addEventListener('click', onClick, true);
      W.document.addEventListener('submit', onSubmit, true);
      W.document.addEventListener('visibilitychange', function () {
        if (W.document.visibilityState === 'hidden') { finish(); flush(true); }
      });
      W.addEventListener('pagehide', function () { finish(); flush(true); });
    }
    if (o.pageLoad !== false) pageLoad();
    return api;
  }

  var api = {
    version: VERSION,
    init: init,
    newInteraction: function (name) { return newInteraction(name); },
    correlationId: function () { return interaction().cid; },
    traceId: function () { return interaction().trace; },
    sessionId: sessionId,
    feedback: function (value, comment, opts) {
      return post('/api/feedback', { value: value, comment: comment === undefined ? undefined : String(comment) }, opts);
    },
    track: function (event, properties, opts) {
      return post('/api/events', { name: String(event), properties: properties || {} }, opts);
    },
    flush: function () { finish(); return flush(); },
    _endpoint: function (e) { defaultEndpoint = e; }
  };
  return api;
})();
